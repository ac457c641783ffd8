/**
 * The reference for `npm run bench:ui`: a bare Fluent UI v9 pane (provider, title, tabs,
 * a button), built with the add-in's webpack configuration but without its CSS extraction
 * (bench/ui/webpack.reference.js): runtime Griffel, as a `yo office` project has it.
 */
import { Button, FluentProvider, Tab, TabList, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("container") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <main>
      <Title2 as="h1">Referenz</Title2>
      <TabList>
        <Tab value="a">Eins</Tab>
        <Tab value="b">Zwei</Tab>
      </TabList>
      <Button>Abschnitt einfügen</Button>
    </main>
  </FluentProvider>,
);
