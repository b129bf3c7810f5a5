#pragma once

#include <QWidget>

class QLabel;

namespace sb::ui {

// A panel's state when it has nothing to show: a heading, what the panel is for, and what the user can do now.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString& title, const QString& purpose, const QString& hint, QWidget* parent = nullptr);

    void setHint(const QString& hint);
    QString title() const;

private:
    QLabel* m_title;
    QLabel* m_hint;
};

} // namespace sb::ui
