#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace sb::ui {
namespace {

QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    // A secret must not outlive the window that copied it.
    if (m_timer.isActive())
        clearSecret(); // quietly: whoever listened is being destroyed too
}

void SecretClipboard::copy(const QString& secret, int clearAfterMs)
{
    auto* data = new QMimeData;
    data->setText(secret);
    // Clipboard managers that honour these keep the entry out of their history. Klipper and most X11/Wayland
    // managers read the KDE hint. On Windows, Qt registers a clipboard format of the name given in "value"; these are
    // the formats Windows' clipboard history and cloud clipboard check (Microsoft's "Clipboard Formats" page).
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    const QByteArray zero(4, '\0'); // a DWORD 0: "no"
    data->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""), zero);
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), zero);
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), zero);
    QGuiApplication::clipboard()->setMimeData(data);
    m_digest = digestOf(secret);
    m_timer.start(clearAfterMs);
}

void SecretClipboard::clearNow()
{
    if (clearSecret())
        emit cleared();
}

bool SecretClipboard::clearSecret()
{
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool ours = !m_digest.isEmpty() && digestOf(clipboard->text()) == m_digest;
    if (ours)
        clipboard->clear();
    m_digest.clear();
    return ours;
}

} // namespace sb::ui
