#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sb {

// Creates `path` (and its folder) readable and writable by its owner only, if it does not exist yet. Settings written
// afterwards through QSettings or QSaveFile keep those permissions.
inline void ensurePrivateFile(const QString& path)
{
    if (QFile::exists(path))
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace sb
