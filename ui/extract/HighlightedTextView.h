#pragma once

#include "extract/Entity.h"

#include <QPlainTextEdit>

namespace sb::ui {

// The text of an extraction with every entity on its type's colour. Hovering an entity shows its type, confidence and
// normalized value; selectEntity() selects one and scrolls to it. Read-only, but text can be selected and copied.
class HighlightedTextView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightedTextView)

public:
    explicit HighlightedTextView(QWidget* parent = nullptr);

    // `text` must be the text the entities' offsets point into.
    void setResult(const QString& text, const QList<Entity>& entities);
    void clearResult();
    void selectEntity(int index);
    // The index of the entity covering the character at `position`, or -1.
    int entityAt(int position) const;
    // What the tooltip over an entity says.
    static QString describe(const Entity& entity);

protected:
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyHighlights();

    QList<Entity> m_entities;
};

} // namespace sb::ui
