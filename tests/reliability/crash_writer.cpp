// Helper process for the crash-safety test: opens a plan and makes edits as fast as it can,
// printing "saved N" after edit N has been committed. The test kills it with SIGKILL at random
// moments and then checks that every edit reported as saved is in the file.
#include "storage/PlanStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: crash_writer PLAN FIRST COUNT\n");
        return 2;
    }
    auto store = planea::PlanStore::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 2;
    }
    const int first = args[2].toInt();
    const int count = args[3].toInt();
    std::printf("open\n");
    std::fflush(stdout);
    for (int n = first; n < first + count; ++n) {
        // Alternate between adding a row and changing a value, the two kinds of edit users make.
        planea::Status status;
        if (n % 2 == 0) {
            auto id = (*store)->insert(planea::Table::StrategicLine,
                                       { { u"sort_order"_s, n }, { u"name"_s, u"edit-%1"_s.arg(n) } });
            if (!id)
                status = id.error();
        } else {
            status = (*store)->setPlanField(u"plan_name"_s, u"edit-%1"_s.arg(n));
        }
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
            return 3;
        }
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
