#pragma once

#include <QStringList>

#include <cstdio>

namespace sb::cli {

// Exit codes, documented in README.md: 0 success, 1 the operation failed, 2 bad usage or configuration.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Writes text to a terminal stream in the locale's encoding and flushes, so lines reach pipes and logs promptly.
inline void print(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// `salesbuddy serve`: arguments after the program name, starting with "serve".
int runServe(const QStringList& arguments);
// `salesbuddy keys ...`, `salesbuddy audit ...` and `salesbuddy env ...`.
int runKeys(const QStringList& arguments);
int runAudit(const QStringList& arguments);
int runEnv(const QStringList& arguments);
int runRotation(const QStringList& arguments);
int runChecklist(const QStringList& arguments);

} // namespace sb::cli
