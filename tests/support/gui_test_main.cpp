#include "logging/Logging.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Widget tests run headless unless a display is asked for explicitly.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Quiet by default; LOG_LEVEL=debug shows the service's own lines while a test runs.
    sb::applyLogLevel(sb::parseLogLevel(qEnvironmentVariable("LOG_LEVEL")).value_or(sb::LogLevel::Warn));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
