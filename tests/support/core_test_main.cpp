#include "logging/Logging.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Quiet by default; LOG_LEVEL=debug shows the service's own lines while a test runs.
    sb::applyLogLevel(sb::parseLogLevel(qEnvironmentVariable("LOG_LEVEL")).value_or(sb::LogLevel::Warn));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
