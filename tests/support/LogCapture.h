#pragma once

#include "logging/Logging.h"

#include <QMutex>
#include <QStringList>

namespace sb::test {

// Collects every message logged while it exists, from any thread, at every level, exactly as the code wrote it
// (before any redaction), so a test can assert what a log file would never contain.
class LogCapture final
{
public:
    LogCapture()
    {
        instance() = this;
        applyLogLevel(LogLevel::Debug);
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        applyLogLevel(LogLevel::Warn);
        instance() = nullptr;
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    QString all() const { return lines().join(QLatin1Char('\n')); }

private:
    static LogCapture*& instance()
    {
        static LogCapture* current = nullptr;
        return current;
    }
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        if (LogCapture* self = instance()) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines.append(QString::fromLatin1(context.category ? context.category : "") +
                                 QStringLiteral(": ") + message);
        }
    }

    mutable QMutex m_mutex;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace sb::test
