#include "FallbackEditor.h"

#include "Labels.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace sb::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;

ProviderId idOf(const QListWidgetItem* item)
{
    return static_cast<ProviderId>(item->data(kIdRole).toInt());
}
} // namespace

FallbackEditor::FallbackEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
{
    m_list->setObjectName(QStringLiteral("fallbackList"));
    m_list->setAccessibleName(tr("Fallback chain"));
    m_list->setAccessibleDescription(tr("Providers tried in order when the first choice cannot answer"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    // Three rows and a little room: there are three providers.
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) * 4
                                                           : m_list->fontMetrics().height() * 5);
    m_up->setObjectName(QStringLiteral("fallbackUp"));
    m_down->setObjectName(QStringLiteral("fallbackDown"));
    m_up->setToolTip(tr("Try this provider earlier (Alt+Up)"));
    m_down->setToolTip(tr("Try this provider later (Alt+Down)"));
    auto* reset = new QPushButton(tr("Default &Chain"), this);
    reset->setObjectName(QStringLiteral("fallbackReset"));
    reset->setToolTip(tr("The other cloud provider when it has a key, then offline"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(reset, &QPushButton::clicked, this, &FallbackEditor::resetRequested);
    auto* upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    auto* downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    connect(downKey, &QShortcut::activated, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &FallbackEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emitIfChanged();
    });
    // A drop reorders the rows; offline goes back to the end if it was dragged away from it.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_updating)
            return;
        pinOffline();
        emitIfChanged();
    });
    updateButtons();
}

void FallbackEditor::setChain(const QList<ProviderId>& chain)
{
    QList<ProviderId> wanted = chain;
    wanted.removeAll(ProviderId::Offline);
    wanted.append(ProviderId::Offline);
    if (wanted == this->chain() && m_list->count() > 0)
        return; // unchanged: keep the selection and any drag in progress
    const QVariant current = m_list->currentItem() ? m_list->currentItem()->data(kIdRole) : QVariant();
    m_updating = true;
    m_list->clear();
    QList<ProviderId> order = chain;
    order.removeAll(ProviderId::Offline);
    QList<bool> checked(order.size(), true);
    for (ProviderId id : allProviders()) {
        if (id != ProviderId::Offline && !order.contains(id)) {
            order.append(id);
            checked.append(false);
        }
    }
    order.append(ProviderId::Offline);
    checked.append(true);
    for (int i = 0; i < order.size(); ++i) {
        auto* item = new QListWidgetItem(providerLabel(order.at(i)), m_list);
        item->setData(kIdRole, static_cast<int>(order.at(i)));
        if (order.at(i) == ProviderId::Offline) {
            item->setFlags(Qt::ItemIsEnabled); // always there, always last
            item->setCheckState(Qt::Checked);
            item->setToolTip(tr("The offline provider always ends the chain, so extraction always answers."));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(checked.at(i) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_shown = this->chain();
    for (int row = 0; row < m_list->count() && current.isValid(); ++row) {
        if (m_list->item(row)->data(kIdRole) == current)
            m_list->setCurrentRow(row);
    }
    m_updating = false;
    updateButtons();
}

QList<ProviderId> FallbackEditor::chain() const
{
    QList<ProviderId> result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked && idOf(item) != ProviderId::Offline)
            result.append(idOf(item));
    }
    result.append(ProviderId::Offline);
    return result;
}

void FallbackEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    // The last row is offline's.
    if (row < 0 || target < 0 || target >= m_list->count() - 1 || row >= m_list->count() - 1)
        return;
    m_updating = true;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    m_updating = false;
    emitIfChanged();
}

void FallbackEditor::pinOffline()
{
    for (int row = 0; row < m_list->count() - 1; ++row) {
        if (idOf(m_list->item(row)) == ProviderId::Offline) {
            m_updating = true;
            m_list->addItem(m_list->takeItem(row));
            m_updating = false;
            return;
        }
    }
}

void FallbackEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0 && row < m_list->count() - 1);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 2);
}

void FallbackEditor::emitIfChanged()
{
    updateButtons();
    const QList<ProviderId> now = chain();
    if (now == m_shown)
        return;
    m_shown = now;
    emit chainEdited(now);
}

} // namespace sb::ui
