#pragma once

#include "providers/ProviderRouter.h"

#include <QDateTime>
#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace sb {
class Runtime;
}

namespace sb::ui {

class EntityTableModel;
class HighlightedTextView;
class MessageBar;
class NotesEditor;

// Where sales staff get entities out of their notes: paste, type or drop a .txt/.eml file, pick a provider (the active
// one by default), Extract (Ctrl+Enter). The answer shows as the text with each entity on its type's colour and as a
// sortable table; clicking a row selects the entity in the text. Calls go to the runtime's ProviderRouter directly,
// off the UI thread; the panel stays responsive while a cloud provider thinks, and Cancel drops the answer.
class ExtractPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractPanel)

public:
    explicit ExtractPanel(Runtime& runtime, QWidget* parent = nullptr);
    ~ExtractPanel() override;

    // For a first run: a sample sentence to try, and what the other panels are for.
    void introduce();

    QString notes() const;
    void setNotes(const QString& text);
    // Replaces the notes with a file's text (a .eml file's readable parts); on failure the notes stay as they were and
    // the returned message says why.
    std::optional<QString> loadFile(const QString& path);
    void extract();
    void cancel();
    bool isBusy() const { return m_pending != 0; }

    bool hasResult() const { return m_result.has_value(); }
    // The last answer, as the API returns it, and as CSV.
    QString resultJson() const;
    QString resultCsv() const;
    // Writes the last answer to `path`: CSV when it ends in .csv, JSON otherwise.
    std::optional<QString> saveResult(const QString& path) const;
    int recentCount() const { return static_cast<int>(m_recent.size()); }
    void showRecent(int index);

signals:
    void extractionFinished();

private:
    struct Answer
    {
        QString text;
        ExtractionResult result;
        QDateTime at;
    };

    void buildLayout();
    void refreshProviders();
    void updateActions();
    void showAnswer(const Answer& answer);
    void finish(quint64 generation, const ExtractionResult& result);
    void rememberAnswer(const Answer& answer);
    void copyJson();
    void copyCsv();
    void saveWithDialog();
    void openFileWithDialog();
    void onTableClicked(const QModelIndex& index);
    std::optional<ProviderId> chosenProvider() const;

    Runtime& m_runtime;
    MessageBar* m_message;
    NotesEditor* m_notes;
    QLabel* m_count;
    QComboBox* m_provider;
    QPushButton* m_extract;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    HighlightedTextView* m_view;
    EntityTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QToolButton* m_recentButton;
    QPushButton* m_copyJson;
    QPushButton* m_copyCsv;
    QPushButton* m_save;

    // Its own pool, not the global one: the destructor waits for the task that uses the runtime's router, so the
    // runtime (destroyed after the window) is never used after it is gone.
    QThreadPool m_pool;
    quint64 m_generation = 0;
    quint64 m_pending = 0; // generation of the extraction in flight, 0 when none
    QString m_pendingText; // the text it was asked about
    std::optional<Answer> m_result;
    QList<Answer> m_recent; // newest first, this session only
};

} // namespace sb::ui
