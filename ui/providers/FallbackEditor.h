#pragma once

#include "providers/ProviderId.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace sb::ui {

// The fallback chain: the providers tried, in order, when the first choice cannot answer. Reordered by dragging or
// with Move Up / Move Down (Alt+Up / Alt+Down), included or left out with each row's check box. Offline always ends
// the chain and cannot be moved or left out. Every edit is emitted as the new chain.
class FallbackEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FallbackEditor)

public:
    explicit FallbackEditor(QWidget* parent = nullptr);

    // Shows `chain` (offline appended when missing), other providers after it unchecked.
    void setChain(const QList<ProviderId>& chain);
    // The checked providers in order, offline last.
    QList<ProviderId> chain() const;
    void moveCurrent(int delta);

signals:
    void chainEdited(const QList<ProviderId>& chain);
    void resetRequested();

private:
    void pinOffline();
    void updateButtons();
    void emitIfChanged();

    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QList<ProviderId> m_shown;
    bool m_updating = false;
};

} // namespace sb::ui
