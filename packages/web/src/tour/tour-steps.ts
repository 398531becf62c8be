/**
 * The guided tour: steps on the default scenario that teach the security equation by doing (after En-ROADS' guided
 * assignments). Each step changes the preset in one way, states the direction the literature expects for the
 * watched pair's combined stability, and explains why, citing works by their key in docs/references.md. The tour
 * then measures what the engine does and says whether it agrees (see `tour-vm.ts`); where the engine's behaviour is
 * known to depart from the literature, `caveat` explains why.
 */

/** One change a step makes: a field of a party, of one of its force elements or defence layers, found by id. */
export interface TourEdit {
  party: string;
  /** Force element id (with `field` relative to the element). */
  element?: string;
  /** Defence layer id (with `field` relative to the layer). */
  defence?: string;
  /** Path below the party, element or layer, e.g. `["launchers", "deployed"]`. */
  field: ReadonlyArray<string>;
  value: unknown;
}

/** One step of the tour. */
export interface TourStep {
  id: string;
  title: string;
  /** What the step does, in the imperative. */
  action: string;
  /** Preset the step starts from (default: the workbench's default preset). */
  preset?: string;
  edits: readonly TourEdit[];
  /** Pair whose combined stability the step watches, `a-b`. */
  pair: string;
  /** Direction the literature expects. */
  expected: "up" | "down";
  /** One paragraph: why, with citations by key. */
  explanation: string;
  /** Shown when the engine disagrees with the expected direction: why it may. */
  caveat: string;
}

/** Preset the tour starts from. */
export const TOUR_PRESET = "us-russia-2026";

/** The tour's steps, in order. */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: "mirv",
    title: "Put more warheads on each silo ICBM",
    action:
      "Upload both sides' silo ICBMs to their capacity: Minuteman III to 3 warheads, Yars (silo) to 4, Sarmat/Voevoda to 10.",
    edits: [
      { party: "us", element: "mm3-w78", field: ["warheadsPerLauncher"], value: 3 },
      { party: "us", element: "mm3-w87", field: ["warheadsPerLauncher"], value: 3 },
      { party: "ru", element: "yars-silo", field: ["warheadsPerLauncher"], value: 4 },
      { party: "ru", element: "rs-20v-voevoda", field: ["warheadsPerLauncher"], value: 10 },
    ],
    pair: "us-ru",
    expected: "down",
    explanation:
      "A silo with several warheads is a valuable target that one or two attacking warheads can destroy: the attacker trades few warheads for many, so striking first pays more and waiting costs more. This is why the Scowcroft Commission recommended a single-warhead ICBM [scowcroft-1983], and why Kent and Thaler found that the types and posture of forces matter more than their numbers [kent-thaler-1989; kent-devalk-thaler-1988].",
    caveat:
      "With the notional damage curve of the preset (80 % of value destroyed by 300 arriving warheads), both sides already destroy almost all of each other's value whoever strikes first, so extra warheads barely move the costs, and the extra warheads in each side's own strike can outweigh the richer targets. Where damage is not saturated (set w80 to 1,000 under Technical assumptions and repeat) the engine agrees with the literature.",
  },
  {
    id: "ssbn-port",
    title: "Keep the US ballistic-missile submarines in port",
    action: "Set the day-to-day survivable share of every US SLBM (Trident II D5) to 0: all boats in port.",
    edits: [
      { party: "us", element: "d5-w76-1", field: ["basing", "survivableFraction", "dayToDay"], value: 0 },
      { party: "us", element: "d5-w76-2", field: ["basing", "survivableFraction", "dayToDay"], value: 0 },
      { party: "us", element: "d5-w88", field: ["basing", "survivableFraction", "dayToDay"], value: 0 },
    ],
    pair: "us-ru",
    expected: "down",
    explanation:
      "Submarines at sea are the survivable retaliatory force: an adversary cannot target them, so a first strike cannot disarm their owner. In port, a few warheads per base destroy them. Survivable forces are what makes first-strike stability robust; generating forces early in a crisis makes them non-targetable [kent-thaler-1989], and mutual survivability of offensive forces is crucial [wilkening-et-al-1989].",
    caveat:
      "The engine should agree here; if it does not, the survivable shares of other US forces may already carry the retaliation alone.",
  },
  {
    id: "defences",
    title: "Build ten times more US missile defence interceptors",
    action: "Raise the US Ground-based Midcourse Defense from 44 to 440 interceptors.",
    edits: [{ party: "us", defence: "gmd", field: ["interceptors"], value: 440 }],
    pair: "us-ru",
    expected: "down",
    explanation:
      "Defences that protect a side's cities weaken the other side's retaliation, which matters most after that retaliation has been thinned by a first strike: the defended side gains more from striking first than from waiting. Asymmetric defences and defence-suppression capability are destabilizing unless offensive forces stay mutually survivable [wilkening-watman-1986; wilkening-et-al-1989].",
    caveat:
      "The engine treats interceptors as expected-value attrition of arriving warheads; if it disagrees, the defences may be too small against the retaliation to change the costs.",
  },
  {
    id: "lua",
    title: "Take away Russia's launch under attack",
    action:
      "Switch off launch under attack for Russia (the preset has both sides launching on warning): its silo and mobile ICBMs now wait for US warheads to land.",
    edits: [{ party: "ru", field: ["options", "launchUnderAttack"], value: false }],
    pair: "us-ru",
    expected: "down",
    explanation:
      "If the victim launches its fixed missiles on warning, a counterforce strike destroys mostly empty silos: the striker pays for its attack and still receives the retaliation, so striking first gains little. Take that away and the silos are caught full. Kent and Thaler count launch under attack as saving most of the fixed force (a 0.9 share by default) [kent-thaler-1989]. The index does not count the price: a posture that launches on warning risks launching on a false one [blair-1993].",
    caveat:
      "The engine should agree here; if it does not, Russia's fixed forces may play no part in the US strike the engine chooses.",
  },
  {
    id: "cps",
    title: "Deploy US conventional prompt strike",
    action: "Deploy 100 Dark Eagle launchers (2 conventional hypersonic glide missiles each) in the US.",
    edits: [{ party: "us", element: "lrhw-dark-eagle", field: ["launchers", "deployed"], value: 100 }],
    pair: "us-ru",
    expected: "down",
    explanation:
      "Accurate non-nuclear weapons could destroy part of the other side's forces without the striker spending nuclear warheads or crossing the nuclear threshold, so a first strike looks cheaper; this is the worry behind Russian objections to US prompt global strike [acton-2013] and the 'new era of counterforce' [lieber-press-2016].",
    caveat:
      "In the current engine a US-based Dark Eagle reaches nothing in Russia (reach is measured between capitals, 7,800 km, against a range of about 2,800 km), and against 2,000-psi silos a conventional warhead kills only a few per cent per shot; cruise missiles and bombers are not used against forces because they arrive hours later. So the engine shows little or no change: conventional counterforce in it matters against soft targets and from forward bases, which the engine does not yet model from geography.",
  },
  {
    id: "three-party",
    title: "A three-party world: the US and Russia keep forces back for China",
    action:
      "Load the US–Russia–China preset, and hold back 20 % of US forces and 10 % of Russian forces against China (kept out of the US–Russia exchange).",
    preset: "us-russia-china-2026",
    edits: [
      { party: "us", field: ["options", "holdBackFraction"], value: 0.2 },
      { party: "ru", field: ["options", "holdBackFraction"], value: 0.1 },
    ],
    pair: "us-ru",
    expected: "down",
    explanation:
      "With a third nuclear power, each side must keep forces in reserve against it, so fewer remain to retaliate against the other: a first strike by either leaves a thinner retaliation, and a pair that was stable on its own becomes less so. Planning against two adversaries at once is a central problem of the 'second nuclear age' [bracken-2012]. Look also at the US–China and Russia–China cards: a small force facing a large one is where the index is lowest.",
    caveat:
      "In the engine a third party enters a pair only through the hold-back share (each pair is computed on its own), so without hold-back the US–Russia figure equals the two-party one.",
  },
];
