#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace sb::ui {

// A one-line message above a panel's content: what happened, and for errors what to do. Hidden until shown; the
// user closes it, or the next message replaces it. Its text is selectable so an error can be copied into a ticket.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};

} // namespace sb::ui
