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
      "The step adds about 800 warheads to the US Minuteman III silos but only a few dozen to Russia's, whose silo missiles are already near their capacity in the preset. The United States launches under attack and Russia's first strike does not blind US warning, so most of the extra US warheads would escape a Russian first strike: they strengthen the US retaliation and make striking first costlier for Russia, whose side of the index rises; the US side falls a little, as the literature expects. Switch off launch under attack for both parties and repeat: the silos are caught full again, and the richer targets and the stronger retaliation roughly cancel.",
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
      "The engine treats interceptors as expected-value attrition of arriving warheads, and a first strike can destroy the radars that guide them (in the preset Russia's first strike hits the GMD radars; see “Entanglement and warning” under the results). If it disagrees, the defences may be too small, or too blind once their radars are struck, to change the costs.",
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
      "If the victim launches its fixed missiles on warning, a counterforce strike destroys mostly empty silos: the striker pays for its attack and still receives the retaliation, so striking first gains little. Take that away and the silos are caught full. Kent and Thaler count launch under attack as saving most of the fixed force (a 0.9 share by default) [kent-thaler-1989]. The engine also multiplies that share by the warning that survives the strike, and in the preset US conventional strikes on Russia's early-warning radars already cut it well below 90 % (see “Entanglement and warning” under the results): this step takes away what is left. The index does not count the price: a posture that launches on warning risks launching on a false one [blair-1993].",
    caveat:
      "The engine should agree here; if it does not, Russia's fixed forces may play no part in the US strike the engine chooses, or its warning may already be gone.",
  },
  {
    id: "entanglement",
    title: "Keep conventional weapons off Russia's early warning",
    action:
      "Ground the US B-52H bombers converted to the conventional role (0 deployed): no more conventional cruise missiles on Russia's early-warning radars and command centres.",
    edits: [{ party: "us", element: "b52h-conventional", field: ["launchers", "deployed"], value: 0 }],
    pair: "us-ru",
    expected: "up",
    explanation:
      "In the preset the US first strike begins with conventional cruise missiles on Russia's early-warning radars and command centres, which serve its nuclear forces too. Blinded, Russia can no longer count on launching its fixed missiles under attack, so more of them are caught on the ground: the United States gains from striking first, and Russia, knowing it, gains from striking before its warning is gone. Such entanglement of conventional operations with nuclear command and warning is a path to nuclear use that neither side intends [acton-2018; posen-1991]. Watch Russia's chance to launch under attack in “Entanglement and warning” under the results.",
    caveat:
      "The engine should agree here; if it does not, the US strike may not rely on blinding Russia's warning (Russia may not launch under attack, or other conventional weapons take over the radars).",
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
      "In the engine a weapon reaches what lies within its range of its launch sites (great-circle distance). The preset bases the Dark Eagle battery at Joint Base Lewis-McChord in Washington State: with a range of about 2,800 km it reaches nothing in Russia, so the change does nothing. Based within range (a site of your own in a scenario file) it could strike what a conventional warhead can destroy: soft targets such as radars, command posts and mobile launchers, not hardened silos, against which one conventional warhead kills only a few per cent. Conventional weapons on Russia's early warning are the preset's real conventional threat: see the previous step.",
  },
  {
    id: "three-party",
    title: "A three-party world: the US and Russia keep more forces back for China",
    action:
      "Load the US–Russia–China preset, and make the United States hold back at least 20 % and Russia at least 10 % of their forces against China (kept out of the US–Russia exchange). The engine already derives a hold-back from what deterring China takes, a few per cent each; the lever sets a floor above it.",
    preset: "us-russia-china-2026",
    edits: [
      { party: "us", field: ["options", "holdBackFraction"], value: 0.2 },
      { party: "ru", field: ["options", "holdBackFraction"], value: 0.1 },
    ],
    pair: "us-ru",
    expected: "down",
    explanation:
      "With a third nuclear power, each side must keep forces in reserve against it, so fewer remain to retaliate against the other: a first strike by either leaves a thinner retaliation, and the pair becomes less stable. Planning against two adversaries at once is a central problem of the 'second nuclear age' [bracken-2012]. The engine also counts the cost of facing the third party after an exchange with what is left, which can pull the index up; “Third parties” under the results splits every pair's shift into both parts.",
    caveat:
      "In the engine a third party moves a pair in two ways whose signs are not fixed (methods §4): hold-back thins the retaliation that deters a first strike but also each side's own first strike, and post-exchange vulnerability adds to the costs of striking first and of being struck. If more hold-back does not lower the index here, the forces held back weigh more in the first strike than in the retaliation.",
  },
];
