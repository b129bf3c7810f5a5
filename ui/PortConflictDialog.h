#pragma once

#include <QDialog>

class QSpinBox;

namespace sb {
struct ListenError;
struct ServiceOptions;
} // namespace sb

namespace sb::ui {

// Shown when the built-in service cannot listen: says why, and offers a free port to use instead. Quit rejects.
class PortConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortConflictDialog)

public:
    PortConflictDialog(const ListenError& error, const ServiceOptions& options, QWidget* parent = nullptr);

    quint16 suggestedPort() const;

signals:
    void portChosen(quint16 port);

private:
    QSpinBox* m_port;
};

} // namespace sb::ui
