#pragma once

#include "rotation/SecurityChecklist.h"

#include <QThreadPool>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb {
class Runtime;
}

namespace sb::ui {

class MessageBar;

// The security guide's checklist with its score. What the program can check (separate keys, production rate limiting,
// key ages, no key in any file) is evaluated live and says why it passes or fails; the rest an admin ticks, and the
// tick records who and when (in checklist.ini and the audit log). Evaluation scans files, so it runs off the UI
// thread.
class ChecklistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistPanel)

public:
    explicit ChecklistPanel(Runtime& runtime, QWidget* parent = nullptr);
    ~ChecklistPanel() override;

    void evaluate();
    bool tick(const QString& id, bool done);
    const QList<ChecklistItem>& items() const { return m_items; }

signals:
    void evaluated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showItems(const QList<ChecklistItem>& items);
    void onItemChanged(QTreeWidgetItem* item, int column);

    Runtime& m_runtime;
    MessageBar* m_message;
    QLabel* m_score;
    QProgressBar* m_bar;
    QTreeWidget* m_list;
    QPushButton* m_recheck;
    QList<ChecklistItem> m_items;
    // Its own pool: the destructor waits for an evaluation still reading the runtime's checklist.
    QThreadPool m_pool;
    bool m_evaluating = false;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace sb::ui
