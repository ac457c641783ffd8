// The tests that spawn bin/beschluss.js test the sources, as they did before a clone built
// dist-cli/ on install: with this set, bin takes the sources even where the build is current
// (bin/beschluss.js), so that a build can never make `npm test` test older code. The choice
// itself is tested in test/cli/bin-chooses-build.test.ts, which unsets it.
process.env.BESCHLUSS_FROM_SOURCES = "1";
