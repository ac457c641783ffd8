// Property tests in `npm test` draw from one fixed seed, so that the run that decides whether
// work lands is repeatable: a counterexample found there is found again by anyone re-running it.
// Exploring new inputs is a separate run, `npm run test:explore`, which sets FC_SEED=random
// (and prints the seed of any failure, to be kept as a regression test).
import fc from "fast-check";

const chosen = process.env.FC_SEED;
if (chosen !== "random") fc.configureGlobal({ seed: chosen === undefined ? 20261207 : Number(chosen) });
