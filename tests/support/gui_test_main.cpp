#include "logging/Logging.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Widget tests run headless unless a display is asked for explicitly.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // CTest runs test processes side by side: each gets settings of its own (window geometry, the first-run flag), so
    // one test's QSettings().clear() cannot pull another's from under it.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // Quiet by default; LOG_LEVEL=debug shows the service's own lines while a test runs.
    sb::applyLogLevel(sb::parseLogLevel(qEnvironmentVariable("LOG_LEVEL")).value_or(sb::LogLevel::Warn));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
