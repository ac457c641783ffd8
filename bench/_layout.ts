import { installedLayout } from "./installed-layout";
console.log(installedLayout());
