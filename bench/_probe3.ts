import { mayHoldReference } from "../src/core/references/detect-references";
const base = "die Verwaltung beauftragt wird, die Maßnahme im Rahmen der verfügbaren Haushaltsmittel umzusetzen und dem Ausschuss für Finanzen halbjährlich über den Stand zu berichten (4);";
const ts = Array.from({ length: 500 }, (_, i) => base.replace("(4)", `(${i})`));
const ONE = /Ziff|Nr|Numm|Punkt|Pkt\.|Buchst|lit\.|\d\.\d/u;
const ONE_NOU = /Ziff|Nr|Numm|Punkt|Pkt\.|Buchst|lit\.|[0-9]\.[0-9]/;
const variants: [string, (t: string) => boolean][] = [
  ["current", mayHoldReference],
  ["one-u", (t) => ONE.test(t)],
  ["one", (t) => ONE_NOU.test(t)],
  ["digit-u", (t) => /\d/u.test(t)],
  ["digit", (t) => /[0-9]/.test(t)],
  ["includes", (t) => t.includes("Ziff")],
  ["indexOf", (t) => t.indexOf("Ziff") >= 0],
];
for (let k = 0; k < 2; k++) for (const [name, f] of variants) {
  let n = 0; const t = performance.now(); for (let i = 0; i < 2000; i++) for (const x of ts) if (f(x)) n++;
  console.log(name, ((performance.now() - t) / 2000 / ts.length * 1e6).toFixed(0), "ns/text", n);
}
