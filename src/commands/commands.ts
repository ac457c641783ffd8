/**
 * The ribbon's function file. The only ribbon button ("Beschlussvorlage") opens the task
 * pane through the manifest's ShowTaskpane action, so there are no function commands yet;
 * Office still requires the file to load and to call Office.onReady.
 */
if (typeof Office !== "undefined") {
  void Office.onReady();
}
