#include "ExtractPanel.h"

#include "EntityLegend.h"
#include "EntityTableModel.h"
#include "HighlightedTextView.h"
#include "Labels.h"
#include "NotesEditor.h"
#include "NotesFile.h"
#include "Runtime.h"
#include "WhenReady.h"
#include "export/ResultExport.h"
#include "secrets/KeyVault.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

constexpr int kRecentLimit = 20;

// Runs the router off the UI thread: the offline extractor answers inline, and a long text takes milliseconds.
// nullopt when no provider answered at all, which the chain ending offline should make impossible.
using MaybeResult = std::optional<ExtractionResult>;

QFuture<MaybeResult> extractInBackground(QThreadPool& pool, ProviderRouter& router, ExtractionRequest request,
                                         std::optional<ProviderId> provider)
{
    auto promise = std::make_shared<QPromise<MaybeResult>>();
    QFuture<MaybeResult> future = promise->future();
    promise->start();
    pool.start([&router, request = std::move(request), provider, promise] {
        const auto fail = [promise] {
            promise->addResult(MaybeResult());
            promise->finish();
        };
        router.extract(request, provider)
            .then([promise](const ExtractionResult& result) {
                promise->addResult(MaybeResult(result));
                promise->finish();
            })
            .onFailed(fail)
            .onCanceled(fail);
    });
    return future;
}

QString firstLine(const QString& text, int length)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QChar(0x2026);
    return line;
}

} // namespace

ExtractPanel::ExtractPanel(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_message(new MessageBar(this))
    , m_notes(new NotesEditor(this))
    , m_count(new QLabel(this))
    , m_provider(new QComboBox(this))
    , m_extract(new QPushButton(tr("&Extract"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new HighlightedTextView(this))
    , m_model(new EntityTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_recentButton(new QToolButton(this))
    , m_copyJson(new QPushButton(tr("Copy as &JSON"), this))
    , m_copyCsv(new QPushButton(tr("Copy as &CSV"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
{
    buildLayout();
    refreshProviders();
    updateActions();

    connect(m_notes, &QPlainTextEdit::textChanged, this, &ExtractPanel::updateActions);
    connect(m_notes, &NotesEditor::fileDropped, this, [this](const QString& path) {
        if (const auto error = loadFile(path))
            m_message->showMessage(MessageBar::Kind::Error, *error);
    });
    connect(m_extract, &QPushButton::clicked, this, &ExtractPanel::extract);
    connect(m_cancel, &QPushButton::clicked, this, &ExtractPanel::cancel);
    connect(m_copyJson, &QPushButton::clicked, this, &ExtractPanel::copyJson);
    connect(m_copyCsv, &QPushButton::clicked, this, &ExtractPanel::copyCsv);
    connect(m_save, &QPushButton::clicked, this, &ExtractPanel::saveWithDialog);
    connect(m_table, &QTableView::clicked, this, &ExtractPanel::onTableClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onTableClicked(current); });

    // Ctrl+Enter anywhere in the panel, the editor included (where Enter alone is a new line).
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ExtractPanel::extract);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ExtractPanel::cancel);

    ProviderRouter& router = m_runtime.providers();
    connect(&router, &ProviderRouter::activeChanged, this, &ExtractPanel::refreshProviders);
    connect(&router, &ProviderRouter::environmentChanged, this, &ExtractPanel::refreshProviders);
    connect(&m_runtime.keys(), &KeyVault::keysChanged, this, &ExtractPanel::refreshProviders);
}

ExtractPanel::~ExtractPanel() = default;

void ExtractPanel::buildLayout()
{
    setObjectName(QStringLiteral("extractPanel"));
    m_notes->setObjectName(QStringLiteral("notesEditor"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Paste meeting notes, a call transcript or an e-mail here, type, or drop a .txt or "
                                   ".eml file. Then press Extract (Ctrl+Enter)."));
    m_count->setObjectName(QStringLiteral("characterCount"));
    m_provider->setObjectName(QStringLiteral("providerPicker"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setToolTip(tr("Who extracts: the active provider (Providers & Keys) or one chosen for this text."));
    m_extract->setObjectName(QStringLiteral("extractButton"));
    m_extract->setAccessibleName(tr("Extract"));
    m_extract->setToolTip(tr("Extract entities from the notes (Ctrl+Enter)"));
    m_extract->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel extraction"));
    m_cancel->setToolTip(tr("Stop waiting for this answer (Esc)"));
    m_cancel->hide();
    m_progress->setRange(0, 0); // busy: a cloud answer's time is not known in advance
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Extraction in progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("extractionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Extraction status"));

    auto* open = new QPushButton(tr("&Open File…"), this);
    open->setObjectName(QStringLiteral("openFileButton"));
    open->setAccessibleName(tr("Open a text or e-mail file"));
    connect(open, &QPushButton::clicked, this, &ExtractPanel::openFileWithDialog);

    auto* notesLabel = new QLabel(tr("&Notes"), this);
    notesLabel->setBuddy(m_notes);
    auto* providerLabel = new QLabel(tr("&Provider:"), this);
    providerLabel->setBuddy(m_provider);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_count);
    controls->addStretch(1);
    controls->addWidget(providerLabel);
    controls->addWidget(m_provider);
    controls->addWidget(open);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancel);
    controls->addWidget(m_extract);

    auto* input = new QWidget(this);
    auto* inputLayout = new QVBoxLayout(input);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(notesLabel);
    inputLayout->addWidget(m_notes, 1);
    inputLayout->addLayout(controls);
    inputLayout->addWidget(m_status);

    m_view->setObjectName(QStringLiteral("highlightedText"));
    m_view->setAccessibleName(tr("Text with entities highlighted"));
    m_view->setPlaceholderText(tr("The entities appear here, highlighted in the text, when you press Extract."));
    m_view->setTabChangesFocus(true);
    auto* textSide = new QWidget(this);
    auto* textLayout = new QVBoxLayout(textSide);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(new EntityLegend(this));
    textLayout->addWidget(m_view, 1);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(EntityTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("entityTable"));
    m_table->setAccessibleName(tr("Entities"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the text's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(EntityTableModel::ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EntityTableModel::NormalizedColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EntityTableModel::TypeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EntityTableModel::ConfidenceColumn,
                                                      QHeaderView::ResizeToContents);

    m_recentButton->setObjectName(QStringLiteral("recentButton"));
    m_recentButton->setText(tr("&Recent"));
    m_recentButton->setAccessibleName(tr("Recent extractions"));
    m_recentButton->setToolTip(tr("Extractions made since the console started"));
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_recentButton->setMenu(new QMenu(m_recentButton));
    m_copyJson->setObjectName(QStringLiteral("copyJsonButton"));
    m_copyJson->setToolTip(tr("Copy the answer as the API returns it"));
    m_copyCsv->setObjectName(QStringLiteral("copyCsvButton"));
    m_copyCsv->setToolTip(tr("Copy the entities as comma-separated values, for a spreadsheet"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the answer as a .json or .csv file"));
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_recentButton);
    exportRow->addStretch(1);
    exportRow->addWidget(m_copyJson);
    exportRow->addWidget(m_copyCsv);
    exportRow->addWidget(m_save);
    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(exportRow);

    auto* results = new QSplitter(Qt::Horizontal, this);
    results->setObjectName(QStringLiteral("resultSplitter"));
    results->addWidget(textSide);
    results->addWidget(tableSide);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);
    results->setChildrenCollapsible(false);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("extractSplitter"));
    split->addWidget(input);
    split->addWidget(results);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    setTabOrder(m_notes, m_provider);
    setTabOrder(m_provider, open);
    setTabOrder(open, m_extract);
    setTabOrder(m_extract, m_view);
    setTabOrder(m_view, m_table);
    setTabOrder(m_table, m_recentButton);
    setTabOrder(m_recentButton, m_copyJson);
    setTabOrder(m_copyJson, m_copyCsv);
    setTabOrder(m_copyCsv, m_save);
}

void ExtractPanel::refreshProviders()
{
    const ProviderStatus status = m_runtime.providers().status();
    const std::optional<ProviderId> chosen = chosenProvider();
    QSignalBlocker blocker(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("Active: %1").arg(providerLabel(status.current)), -1);
    for (const ProviderInfo& info : status.providers) {
        QString label = providerLabel(info.id);
        if (isCloudProvider(info.id) && !info.keyConfigured)
            label = tr("%1 (no key in %2; falls back)").arg(label, environmentLabel(status.environment));
        else if (info.circuit == CircuitBreaker::State::Open)
            label = tr("%1 (paused after failures)").arg(label);
        m_provider->addItem(label, static_cast<int>(info.id));
    }
    if (chosen) {
        const int index = m_provider->findData(static_cast<int>(*chosen));
        m_provider->setCurrentIndex(std::max(index, 0));
    }
}

std::optional<ProviderId> ExtractPanel::chosenProvider() const
{
    const int data = m_provider->currentData().toInt();
    if (m_provider->currentIndex() <= 0 || data < 0)
        return std::nullopt;
    return static_cast<ProviderId>(data);
}

void ExtractPanel::introduce()
{
    setNotes(tr("Call with Dana Okafor (VP Sales, Brightwater Logistics) on Tuesday at 3 pm: they want 40 seats of "
                "the Pro plan for $18,500 a year. Send the quote to dana.okafor@example.com or call +44 20 7946 0018 "
                "before March 3rd."));
    m_message->showMessage(
        MessageBar::Kind::Information,
        tr("<b>Welcome.</b> Press <b>Extract</b> (Ctrl+Enter) to pull the people, companies, amounts, contacts, dates "
           "and times out of the sample above, then paste your own notes. It works offline, with no keys. Admins: "
           "<i>Providers &amp; Keys</i> sets up OpenAI or Mistral, <i>Rate Limits</i> and <i>Health</i> watch the "
           "service, <i>Rotation</i>, <i>Security Checklist</i> and <i>Audit Log</i> keep keys safe."));
}

QString ExtractPanel::notes() const
{
    return m_notes->toPlainText();
}

void ExtractPanel::setNotes(const QString& text)
{
    m_notes->setPlainText(text);
}

void ExtractPanel::updateActions()
{
    const qsizetype limit = m_runtime.config().maxTextLength;
    const QString text = m_notes->toPlainText();
    const QLocale locale;
    m_count->setText(tr("%1 / %2 characters").arg(locale.toString(text.size()), locale.toString(limit)));
    const bool tooLong = text.size() > limit;
    QPalette countColors = palette();
    if (tooLong)
        countColors.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    m_count->setPalette(countColors);
    m_count->setToolTip(tooLong ? tr("The service extracts from at most %1 characters. Shorten the notes, or split "
                                     "them and extract each part.")
                                      .arg(locale.toString(limit))
                                : QString());
    const bool canExtract = !text.trimmed().isEmpty() && !tooLong;
    m_extract->setEnabled(canExtract && !isBusy());
    m_extract->setToolTip(tooLong ? m_count->toolTip() : tr("Extract entities from the notes (Ctrl+Enter)"));
    const bool haveResult = m_result.has_value();
    m_copyJson->setEnabled(haveResult);
    m_copyCsv->setEnabled(haveResult);
    m_save->setEnabled(haveResult);
    m_recentButton->setEnabled(!m_recent.isEmpty());
}

void ExtractPanel::extract()
{
    const QString text = m_notes->toPlainText();
    if (text.trimmed().isEmpty() || text.size() > m_runtime.config().maxTextLength || isBusy())
        return;
    m_message->hide();
    ExtractionRequest request;
    request.text = text;
    request.referenceTime = m_runtime.clock().now().toLocalTime();
    const quint64 generation = ++m_generation;
    m_pending = generation;
    m_pendingText = text;
    // The answer's offsets point into this text: it stays as it is until the answer is in or the wait is cancelled.
    m_notes->setReadOnly(true);
    m_status->setText(tr("Extracting…"));
    m_progress->show();
    m_cancel->show();
    updateActions();
    whenReady(extractInBackground(m_pool, m_runtime.providers(), request, chosenProvider()), m_runtime, this,
              [this, generation](const MaybeResult& result) {
                  if (result) {
                      finish(generation, *result);
                      return;
                  }
                  if (generation != m_pending)
                      return;
                  cancel();
                  m_status->setText(tr("The extraction did not complete."));
                  m_message->showMessage(MessageBar::Kind::Error,
                                         tr("The extraction stopped without an answer, which should not happen: even "
                                            "the offline provider did not answer. Try again; if it happens again, "
                                            "restart the console and report it with the log."));
              });
}

void ExtractPanel::cancel()
{
    if (!isBusy())
        return;
    m_pending = 0;
    m_notes->setReadOnly(false);
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(tr("Cancelled. The provider's answer, if it comes, is ignored."));
    updateActions();
}

void ExtractPanel::finish(quint64 generation, const ExtractionResult& result)
{
    if (generation != m_pending)
        return; // cancelled, or superseded
    m_pending = 0;
    m_notes->setReadOnly(false);
    m_progress->hide();
    m_cancel->hide();
    Answer answer{m_pendingText, result, m_runtime.clock().now()};
    rememberAnswer(answer);
    showAnswer(answer);
    emit extractionFinished();
}

void ExtractPanel::showAnswer(const Answer& answer)
{
    m_result = answer;
    const ExtractionResult& result = answer.result;
    m_view->setResult(answer.text, result.entities);
    m_model->setEntities(result.entities);
    QString summary = tr("%n entities", nullptr, static_cast<int>(result.entities.size())) + QStringLiteral(" · ") +
                      tr("answered by %1 in %2").arg(providerLabel(result.provider), durationLabel(result.latencyUs));
    if (!result.model.isEmpty() && result.provider != ProviderId::Offline)
        summary += QStringLiteral(" · ") + result.model;
    if (result.fallbackFrom) {
        summary +=
            QStringLiteral("\n") +
            tr("Fallback: %1 could not answer (%2).").arg(providerLabel(*result.fallbackFrom), result.fallbackReason);
    }
    m_status->setText(summary);
    if (result.entities.isEmpty())
        m_status->setText(summary + QStringLiteral("\n") +
                          tr("Nothing found. The offline provider looks for names, companies, places, products, "
                             "amounts, e-mail addresses, phone numbers, dates and times."));
    updateActions();
}

void ExtractPanel::rememberAnswer(const Answer& answer)
{
    m_recent.prepend(answer);
    while (m_recent.size() > kRecentLimit)
        m_recent.removeLast();
    QMenu* menu = m_recentButton->menu();
    menu->clear();
    for (int i = 0; i < m_recent.size(); ++i) {
        const Answer& item = m_recent.at(i);
        const QString label =
            tr("%1 · %2 · %n entities", nullptr, static_cast<int>(item.result.entities.size()))
                .arg(QLocale().toString(item.at.toLocalTime().time(), QLocale::ShortFormat), firstLine(item.text, 48));
        menu->addAction(label, this, [this, i] { showRecent(i); });
    }
}

void ExtractPanel::showRecent(int index)
{
    if (index < 0 || index >= m_recent.size())
        return;
    const Answer answer = m_recent.at(index);
    cancel();
    m_notes->setPlainText(answer.text);
    showAnswer(answer);
}

void ExtractPanel::onTableClicked(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_view->selectEntity(m_sorted->mapToSource(index).row());
}

QString ExtractPanel::resultJson() const
{
    if (!m_result)
        return {};
    const QJsonObject json = extractionResultJson(m_result->text, m_result->result, m_result->at);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QString ExtractPanel::resultCsv() const
{
    return m_result ? entitiesCsv(m_result->result.entities) : QString();
}

void ExtractPanel::copyJson()
{
    QApplication::clipboard()->setText(resultJson());
    m_status->setText(m_status->text().section(QLatin1Char('\n'), 0, 0) + QStringLiteral("\n") + tr("Copied as JSON."));
}

void ExtractPanel::copyCsv()
{
    QApplication::clipboard()->setText(resultCsv());
    m_status->setText(m_status->text().section(QLatin1Char('\n'), 0, 0) + QStringLiteral("\n") + tr("Copied as CSV."));
}

std::optional<QString> ExtractPanel::saveResult(const QString& path) const
{
    if (!m_result)
        return tr("There is nothing to save yet: extract first.");
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    return writeAnswerFile(path, (csv ? resultCsv() : resultJson()).toUtf8());
}

void ExtractPanel::saveWithDialog()
{
    const QString jsonFilter = tr("JSON (*.json)");
    const QString csvFilter = tr("CSV for spreadsheets (*.csv)");
    QString chosen;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Entities"), tr("entities.json"),
                                                jsonFilter + QStringLiteral(";;") + csvFilter, &chosen);
    if (path.isEmpty())
        return;
    // The file type chosen in the dialog decides, whatever the name was left ending in.
    const QString suffix = chosen == csvFilter ? QStringLiteral("csv") : QStringLiteral("json");
    const QFileInfo info(path);
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path = info.path() + QLatin1Char('/') +
               (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ||
                        info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                    ? info.completeBaseName()
                    : info.fileName()) +
               QLatin1Char('.') + suffix;
    if (const auto error = saveResult(path))
        m_message->showMessage(MessageBar::Kind::Error, *error);
    else
        m_message->showMessage(MessageBar::Kind::Positive, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

std::optional<QString> ExtractPanel::loadFile(const QString& path)
{
    if (isBusy())
        return tr("An extraction is running; wait for it, or cancel it (Esc), before loading %1.")
            .arg(QDir::toNativeSeparators(path));
    const NotesFileText file = readNotesFile(path, m_runtime.config().maxTextLength);
    if (!file.error.isEmpty())
        return file.error;
    const QString& text = file.text;
    m_notes->setPlainText(text);
    m_message->showMessage(MessageBar::Kind::Information,
                           tr("Loaded %1. Press Extract (Ctrl+Enter).").arg(QFileInfo(path).fileName()));
    return std::nullopt;
}

void ExtractPanel::openFileWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Notes"), QString(),
                                                      tr("Text and e-mail (*.txt *.text *.md *.eml)"));
    if (path.isEmpty())
        return;
    if (const auto error = loadFile(path))
        m_message->showMessage(MessageBar::Kind::Error, *error);
}

} // namespace sb::ui
