import { findBirthDates } from "../../../src/core/personal-data/birth-date";

const found = (text: string) => findBirthDates(text).map((h) => text.slice(h.start, h.end));

describe("dates of birth", () => {
  it("finds a date after „geb. am“, „geboren“, „Geburtsdatum“, numeric or with the month's name", () => {
    expect(found("Herr Weiß, geb. am 12.03.1968, wird gewählt.")).toEqual(["12.03.1968"]);
    expect(found("geboren am 3. März 1945")).toEqual(["3. März 1945"]);
    expect(found("(geb. 14.07.59)")).toEqual(["14.07.59"]);
    expect(found("Geburtsdatum: 01.01.1980")).toEqual(["01.01.1980"]);
    expect(found("Geburtsdatum der Antragstellerin: 28.02.1977")).toEqual(["28.02.1977"]);
    expect(found("Frau Dr. Eva Lorenz, * 14.02.1962, wird berufen.")).toEqual(["14.02.1962"]);
    expect(found("Stand 1.1.2024*, Summe 5*3.4.2024")).toEqual([]);
  });

  it("finds a date followed by „geboren“, also with the place between", () => {
    expect(found("Er ist am 22.11.1990 geboren.")).toEqual(["22.11.1990"]);
    expect(found("Sie wurde am 8. Januar 1951 in Mainz geboren.")).toEqual(["8. Januar 1951"]);
  });

  it("finds every date of a list that follows „geb. am“", () => {
    expect(found("Eheleute Hoffmann, geb. am 02.05.1950 und 17.09.1952, sowie am 01.06.2024 geehrt")).toEqual(["02.05.1950", "17.09.1952"]);
  });

  it("leaves other dates alone: the sitting, a maiden name before a date, a birthday of a building", () => {
    expect(found("Sitzung am 12.03.2024; Beschluss vom 27.02.2024")).toEqual([]);
    expect(found("Frau Schneider geb. Wagner hat am 14.05.2024 zurückgezogen.")).toEqual([]);
    expect(found("Zum 100. Geburtstag des Kurhauses am 11.05.2007")).toEqual([]);
    expect(found("Das Formular fragt das Geburtsdatum ab. Die Frist endet am 31.12.2025.")).toEqual([]);
  });
});
