#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"
#include "secrets/SecretValue.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sb::ui {

// Asks for a provider key: typed or pasted into a masked field that shows its text only while "Show" is held down.
// The key leaves the dialog as a SecretValue; the field is cleared when the dialog closes.
class KeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyDialog)

public:
    KeyDialog(ProviderId provider, Environment environment, bool replacing, QWidget* parent = nullptr);
    ~KeyDialog() override;

    SecretValue key() const;
    bool checkFirst() const;
    // Why the typed text cannot be a key, or empty when it can.
    static QString problemWith(const QString& text);

    void done(int result) override;

private:
    void updateState();

    QLineEdit* m_field;
    QCheckBox* m_check;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    SecretValue m_key;
};

} // namespace sb::ui
