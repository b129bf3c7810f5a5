#include "PortConflictDialog.h"

#include "service/ServiceOptions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

// The first port after `from` that can be bound right now; the system's choice if none of the next fifty can.
quint16 findFreePort(const QHostAddress& address, quint16 from)
{
    QTcpServer probe;
    for (int port = from + 1; port <= std::min(65535, from + 50); ++port) {
        if (probe.listen(address, static_cast<quint16>(port))) {
            probe.close();
            return static_cast<quint16>(port);
        }
    }
    if (probe.listen(address, 0)) {
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }
    return from;
}

} // namespace

PortConflictDialog::PortConflictDialog(const ListenError& error, const ServiceOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_port(new QSpinBox(this))
{
    setWindowTitle(tr("The service cannot start"));
    setModal(true);

    const QString why = error.addressInUse
                            ? tr("Another program is already using %1, so the console's built-in extraction service "
                                 "cannot listen there.")
                                  .arg(error.address)
                            : tr("The console's built-in extraction service cannot listen on %1: %2.")
                                  .arg(error.address, error.systemMessage);
    auto* message = new QLabel(why + QLatin1String("\n\n") +
                                   tr("Choose another port for this session, or quit. Programs that call the service "
                                      "need the new address."),
                               this);
    message->setWordWrap(true);

    m_port->setRange(1024, 65535);
    m_port->setValue(findFreePort(options.bindAddress, options.port));
    m_port->setAccessibleName(tr("Port"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Port:"), m_port);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* use = buttons->addButton(tr("&Use This Port"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    use->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit portChosen(static_cast<quint16>(m_port->value()));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

quint16 PortConflictDialog::suggestedPort() const
{
    return static_cast<quint16>(m_port->value());
}

} // namespace sb::ui
