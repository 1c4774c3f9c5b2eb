// The floor for the first paint: the bare window of startup_bench in a program linked against
// QtWidgets alone (none of the libraries the app and its core load: QtNetwork and what Debian's
// build of it pulls in, QtDBus, QtKeychain, libssh2, KSyntaxHighlighting). startup_bench times
// it beside the app as rows (4f) and, without Qt's accessibility bridge, (4g). Not a product
// program; never installed.
#include "BareWindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return StratumBench::showBareWindow(app);
}
