#pragma once

#include "QtPrinters.h"

#include <QString>
#include <QTemporaryDir>

namespace planea::test {

/// A temporary folder removed after the test; path("x.planea") names a file inside it.
class TempDir
{
public:
    TempDir() = default;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace planea::test
