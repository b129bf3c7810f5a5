#include "ChecklistPanel.h"

#include "Labels.h"
#include "Runtime.h"
#include "WhenReady.h"
#include "audit/AuditLog.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

ChecklistPanel::ChecklistPanel(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_message(new MessageBar(this))
    , m_score(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_list(new QTreeWidget(this))
    , m_recheck(new QPushButton(tr("Check &Again"), this))
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_score->setObjectName(QStringLiteral("checklistScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_score->setFont(big);
    m_bar->setObjectName(QStringLiteral("checklistBar"));
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Checklist progress"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_recheck->setToolTip(tr("Evaluates the automatic items again: keys, limits, key ages and the file scan"));

    m_list->setObjectName(QStringLiteral("checklistItems"));
    m_list->setAccessibleName(tr("Checklist items"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Item"), tr("How"), tr("Why, or who ticked it")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setStyleSheet(QStringLiteral("QTreeView::item { padding-top: 4px; padding-bottom: 4px; }"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_score);
    top->addWidget(m_bar, 1);
    top->addWidget(m_recheck);
    auto* note = new QLabel(tr("Automatic items are checked by the console each time; tick the others when they are "
                               "done (Space ticks the selected item). Each tick records your name and the date."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);

    connect(m_recheck, &QPushButton::clicked, this, &ChecklistPanel::evaluate);
    connect(m_list, &QTreeWidget::itemChanged, this, &ChecklistPanel::onItemChanged);
}

ChecklistPanel::~ChecklistPanel() = default;

void ChecklistPanel::evaluate()
{
    if (m_evaluating) {
        m_dirty = true; // what is being evaluated is already out of date: evaluate again when it is in
        return;
    }
    m_dirty = false;
    m_evaluating = true;
    m_recheck->setEnabled(false);
    m_score->setText(tr("Checking…"));
    const SecurityChecklist& checklist = m_runtime.checklist();
    whenReady(runOn(m_pool, [&checklist] { return checklist.evaluate(); }), m_runtime, this,
              [this](const QList<ChecklistItem>& items) {
                  m_evaluating = false;
                  m_recheck->setEnabled(true);
                  if (m_dirty) {
                      evaluate();
                      return;
                  }
                  showItems(items);
                  emit evaluated();
              });
}

void ChecklistPanel::showItems(const QList<ChecklistItem>& items)
{
    m_items = items;
    const int passed = SecurityChecklist::score(items);
    m_score->setText(tr("%1 of %2 done").arg(passed).arg(items.size()));
    m_bar->setRange(0, static_cast<int>(items.size()));
    m_bar->setValue(passed);
    m_filling = true;
    m_list->clear();
    const QLocale locale;
    for (const ChecklistItem& entry : items) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, entry.id);
        item->setText(0, entry.title);
        QString detail = entry.detail;
        if (!entry.automatic && entry.passed && entry.tickedAt.isValid())
            detail =
                tr("Ticked by %1 on %2")
                    .arg(entry.tickedBy, locale.toString(entry.tickedAt.toLocalTime().date(), QLocale::ShortFormat));
        item->setText(2, detail);
        item->setToolTip(2, detail);
        if (entry.automatic) {
            item->setText(1, entry.passed ? tr("✔ checked automatically") : tr("✘ checked automatically"));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(1, entry.passed ? QBrush(QColor(0x2e, 0x9e, 0x44)) : QBrush(QColor(0xd0, 0x30, 0x30)));
        } else {
            item->setText(1, tr("ticked by an admin"));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, entry.passed ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_filling = false;
}

bool ChecklistPanel::tick(const QString& id, bool done)
{
    const QString actor = consoleActor();
    if (!m_runtime.checklist().tick(id, done, actor, m_runtime.clock().now())) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("Could not record the tick: the item is unknown or the settings folder (%1) cannot "
                                  "be written.")
                                   .arg(m_runtime.configDirectory()));
        return false;
    }
    m_runtime.audit().append(actor, done ? QStringLiteral("checklist.ticked") : QStringLiteral("checklist.unticked"),
                             QJsonObject{{QStringLiteral("item"), id}});
    return true;
}

void ChecklistPanel::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != 0 || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    tick(item->data(0, kIdRole).toString(), item->checkState(0) == Qt::Checked);
    evaluate();
}

void ChecklistPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    evaluate();
}

} // namespace sb::ui
