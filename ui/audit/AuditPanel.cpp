#include "AuditPanel.h"

#include "AuditFilter.h"
#include "AuditTableModel.h"
#include "Runtime.h"
#include "WhenReady.h"
#include "export/Csv.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace sb::ui {

AuditPanel::AuditPanel(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_message(new MessageBar(this))
    , m_model(new AuditTableModel(this))
    , m_filter(new AuditFilter(this))
    , m_integrity(new QLabel(this))
    , m_verify(new QPushButton(tr("Verify &Again"), this))
    , m_period(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_group(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("auditPanel"));
    m_integrity->setObjectName(QStringLiteral("integrity"));
    m_integrity->setWordWrap(true);
    m_integrity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Re-reads the whole log and checks every line's link to the one before"));

    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), QStringLiteral("all"));
    m_period->addItem(tr("Last hour"), QStringLiteral("hour"));
    m_period->addItem(tr("Last 24 hours"), QStringLiteral("day"));
    m_period->addItem(tr("Last 7 days"), QStringLiteral("week"));
    m_period->addItem(tr("Last 30 days"), QStringLiteral("month"));
    m_period->addItem(tr("Between…"), QStringLiteral("custom"));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->hide();
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_group->setObjectName(QStringLiteral("eventFilter"));
    m_group->setAccessibleName(tr("Event type"));
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setAccessibleName(tr("Search"));
    m_text->setPlaceholderText(tr("Search who, event or details"));
    m_text->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::DetailsColumn, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_export->setObjectName(QStringLiteral("exportButton"));

    auto* integrityRow = new QHBoxLayout;
    integrityRow->addWidget(m_integrity, 1);
    integrityRow->addWidget(m_verify);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* groupLabel = new QLabel(tr("&Event:"), this);
    groupLabel->setBuddy(m_group);
    auto* textLabel = new QLabel(tr("&Search:"), this);
    textLabel->setBuddy(m_text);
    auto* filters = new QHBoxLayout;
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(integrityRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_verify, &QPushButton::clicked, this, &AuditPanel::verify);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditPanel::applyPeriod);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditPanel::applyPeriod);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditPanel::applyPeriod);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEventGroup(m_group->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &AuditFilter::setText);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditPanel::updateCount);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), tr("audit-log.csv"),
                                                          tr("CSV for spreadsheets (*.csv)"));
        if (path.isEmpty())
            return;
        if (const auto error = exportCsv(path))
            m_message->showMessage(MessageBar::Kind::Error, *error);
        else
            m_message->showMessage(
                MessageBar::Kind::Positive,
                tr("Exported %n record(s) to %1.", nullptr, shownRows()).arg(QDir::toNativeSeparators(path)));
    });
    // The log is written from any thread (the service's, for authentication failures); rows arrive queued.
    connect(
        &m_runtime.audit(), &AuditLog::appended, this,
        [this](const AuditRecord& record) {
            // A record written while reload() read the file can arrive here as well: it is in the table already.
            if (!m_loaded || (record.line > 0 && record.line <= m_lastLine))
                return;
            m_lastLine = std::max(m_lastLine, record.line);
            m_model->append(record);
            refreshGroups();
            m_table->scrollToBottom();
        },
        Qt::QueuedConnection);
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::reload()
{
    const QList<AuditRecord> records = m_runtime.audit().tail();
    m_lastLine = records.isEmpty() ? 0 : records.back().line;
    m_model->setRecords(records);
    m_loaded = true;
    refreshGroups();
    applyPeriod();
    m_table->scrollToBottom();
}

void AuditPanel::refreshGroups()
{
    QSet<QString> groups;
    for (int row = 0; row < m_model->rowCount(); ++row)
        groups.insert(AuditTableModel::eventGroup(m_model->record(row).event));
    QStringList sorted(groups.begin(), groups.end());
    sorted.sort();
    const QString current = m_group->currentData().toString();
    if (m_group->count() == sorted.size() + 1)
        return; // nothing new
    QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All events"), QString());
    for (const QString& group : std::as_const(sorted))
        m_group->addItem(group + QStringLiteral(".*"), group);
    m_group->setCurrentIndex(std::max(0, m_group->findData(current)));
}

void AuditPanel::applyPeriod()
{
    const QString period = m_period->currentData().toString();
    const bool custom = period == QLatin1String("custom");
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    const QDateTime now = m_runtime.clock().now();
    if (period == QLatin1String("hour"))
        m_filter->setRange(now.addSecs(-3600), {});
    else if (period == QLatin1String("day"))
        m_filter->setRange(now.addDays(-1), {});
    else if (period == QLatin1String("week"))
        m_filter->setRange(now.addDays(-7), {});
    else if (period == QLatin1String("month"))
        m_filter->setRange(now.addDays(-30), {});
    else if (custom)
        m_filter->setRange(m_from->dateTime(), m_to->dateTime());
    else
        m_filter->setRange({}, {});
    updateCount();
}

void AuditPanel::setPeriod(const QString& period, const QDateTime& from, const QDateTime& to)
{
    if (period == QLatin1String("custom")) {
        QSignalBlocker a(m_from);
        QSignalBlocker b(m_to);
        m_from->setDateTime(from);
        m_to->setDateTime(to);
    }
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    applyPeriod();
}

void AuditPanel::setTextFilter(const QString& text)
{
    m_text->setText(text);
}

void AuditPanel::setEventGroup(const QString& group)
{
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
}

int AuditPanel::shownRows() const
{
    return m_filter->rowCount();
}

void AuditPanel::updateCount()
{
    const QLocale locale;
    m_count->setText(
        m_model->rowCount() == 0
            ? tr("No administrative events yet. Key changes, provider switches, limit changes and "
                 "sign-in failures will appear here.")
            : tr("%1 of %2 records shown").arg(locale.toString(shownRows()), locale.toString(m_model->rowCount())));
    m_export->setEnabled(shownRows() > 0);
}

std::optional<QString> AuditPanel::exportCsv(const QString& path) const
{
    QString csv = csvRecord({QStringLiteral("time"), QStringLiteral("actor"), QStringLiteral("event"),
                             QStringLiteral("details"), QStringLiteral("line")});
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const AuditRecord& record = m_model->record(m_filter->mapToSource(m_filter->index(row, 0)).row());
        csv += csvRecord({record.time.toUTC().toString(Qt::ISODateWithMs), record.actor, record.event,
                          AuditTableModel::detailsText(record.details), QString::number(record.line)});
    }
    const QByteArray bytes = csv.toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2. Choose another folder or file name.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

void AuditPanel::verify()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verify->setEnabled(false);
    m_integrity->setText(tr("Checking the hash chain…"));
    const QString path = m_runtime.audit().path();
    whenReady(runOn(m_pool, [path] { return AuditLog::verify(path); }), m_runtime, this,
              [this](const AuditVerification& result) {
                  m_verifying = false;
                  m_verify->setEnabled(true);
                  showVerification(result);
                  emit verified(result);
              });
}

void AuditPanel::showVerification(const AuditVerification& result)
{
    const QLocale locale;
    if (result.intact) {
        QString text = tr("<b style=\"color:#2e9e44\">✔ Intact</b>: %n record(s), each linked to the one before by "
                          "its SHA-256; nothing was edited, inserted or removed.",
                          nullptr, static_cast<int>(result.records));
        if (result.incompleteLastLine)
            text += QLatin1Char(' ') + tr("The last line was cut short by a crash and is not counted.");
        m_integrity->setText(text);
        return;
    }
    m_integrity->setText(tr("<b style=\"color:#d03030\">✘ Broken at line %1</b>: %2. Lines from there on cannot be "
                            "trusted; keep a copy of the file (%3) for investigation.")
                             .arg(locale.toString(result.firstBadLine), result.problem.toHtmlEscaped(),
                                  QDir::toNativeSeparators(m_runtime.audit().path()).toHtmlEscaped()));
}

void AuditPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        reload();
        verify();
    }
}

} // namespace sb::ui
