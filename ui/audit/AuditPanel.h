#pragma once

#include "audit/AuditLog.h"

#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sb {
class Runtime;
}

namespace sb::ui {

class AuditFilter;
class AuditTableModel;
class MessageBar;

// The audit log as a table that grows as events happen, filtered by period, event group and text; the hash chain's
// integrity, verified off the UI thread when the panel opens and on demand; the rows shown exported as CSV.
class AuditPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    explicit AuditPanel(Runtime& runtime, QWidget* parent = nullptr);
    ~AuditPanel() override;

    void reload();
    void verify();
    int shownRows() const;
    // Writes the rows the filters let through; nullopt when written, else why not.
    std::optional<QString> exportCsv(const QString& path) const;
    void setTextFilter(const QString& text);
    void setEventGroup(const QString& group);
    // "all", "hour", "day", "week", "month", or "custom" with from/to.
    void setPeriod(const QString& period, const QDateTime& from = {}, const QDateTime& to = {});

signals:
    void verified(const sb::AuditVerification& result);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyPeriod();
    void updateCount();
    void refreshGroups();
    void showVerification(const AuditVerification& result);

    Runtime& m_runtime;
    MessageBar* m_message;
    AuditTableModel* m_model;
    AuditFilter* m_filter;
    QLabel* m_integrity;
    QPushButton* m_verify;
    QComboBox* m_period;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QComboBox* m_group;
    QLineEdit* m_text;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_export;
    QThreadPool m_pool; // the chain check; waited for when the panel goes
    bool m_verifying = false;
    bool m_loaded = false;
    qsizetype m_lastLine = 0; // the log's last line in the table
};

} // namespace sb::ui
