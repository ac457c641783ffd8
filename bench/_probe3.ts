import { possibleKinds } from "../src/core/personal-data/possible-kinds";
const base = "die Verwaltung beauftragt wird, die Maßnahme im Rahmen der verfügbaren Haushaltsmittel umzusetzen und dem Ausschuss für Finanzen halbjährlich über den Stand zu berichten (4);";
const ts = Array.from({ length: 500 }, (_, i) => base.replace("(4)", `(${i})`));
function count(text: string): number { let d = 0; for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c >= 48 && c <= 57) d++; } return d; }
for (let k = 0; k < 3; k++) {
  let n = 0;
  let t = performance.now(); for (let i = 0; i < 2000; i++) for (const x of ts) if (possibleKinds(x).anschrift) n++;
  console.log("pk", ((performance.now() - t) / 2000 / ts.length * 1e6).toFixed(0), "ns/text");
  t = performance.now(); for (let i = 0; i < 2000; i++) for (const x of ts) n += count(x);
  console.log("count", ((performance.now() - t) / 2000 / ts.length * 1e6).toFixed(0), "ns/text");
  t = performance.now(); for (let i = 0; i < 2000; i++) for (const x of ts) if (/[0-9@]/.test(x)) n++;
  console.log("re", ((performance.now() - t) / 2000 / ts.length * 1e6).toFixed(0), "ns/text");
}
