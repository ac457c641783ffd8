import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../../src/document");
const importsOf = (dir: string): { file: string; spec: string }[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) => [...readFileSync(join(ROOT, dir, f), "utf8").matchAll(/from "([^"]+)"/g)].map((m) => ({ file: `${dir}/${f}`, spec: m[1] as string })));

describe("the shared WordprocessingML code has its own folder", () => {
  it("keeps the Word adapter free of the .docx file package", () => {
    expect(importsOf("word").filter((i) => i.spec.includes("/docx/"))).toEqual([]);
  });

  it("keeps ooxml/ free of both adapters", () => {
    expect(importsOf("ooxml").filter((i) => /\/(docx|word)\//.test(i.spec))).toEqual([]);
  });
});
