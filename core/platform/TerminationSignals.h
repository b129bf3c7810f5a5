#pragma once

#include <QObject>

class QSocketNotifier;

namespace sb {

// Turns SIGINT, SIGTERM and SIGHUP (Ctrl+C and console close on Windows) into a Qt signal delivered on the event loop,
// so a program shuts down through its normal destructors: the service closes its port, files are flushed. The signal
// handler itself only writes one byte to a pipe, which is all that is safe there.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace sb
