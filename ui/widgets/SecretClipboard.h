#pragma once

#include <QObject>
#include <QTimer>

namespace sb::ui {

// Puts a secret on the clipboard marked so clipboard managers leave it out of their history (KDE's
// x-kde-passwordManagerHint, Windows' clipboard-history and cloud-clipboard exclusions), and clears it again after a
// while, unless the user has copied something else meanwhile. macOS's org.nspasteboard.ConcealedType needs a native
// pasteboard type Qt 6.4 cannot set from QMimeData; there, the timed clearing is the protection.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static constexpr int kDefaultClearAfterMs = 30'000;

    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString& secret, int clearAfterMs = kDefaultClearAfterMs);
    // Clears the clipboard now if it still holds what copy() put there.
    void clearNow();
    bool isHoldingSecret() const { return m_timer.isActive(); }

signals:
    // The secret was taken off the clipboard (not emitted when the user had copied something else since).
    void cleared();

private:
    // True when the clipboard still held the secret and was cleared.
    bool clearSecret();

    QTimer m_timer;
    QByteArray m_digest; // of the copied text, to recognise it without keeping it
};

} // namespace sb::ui
