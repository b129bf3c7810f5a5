#include "KeyDialog.h"

#include "Labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

KeyDialog::KeyDialog(ProviderId provider, Environment environment, bool replacing, QWidget* parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
    , m_check(new QCheckBox(tr("Check the key &with %1 before saving").arg(providerLabel(provider)), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const QString title = replacing ? tr("Replace %1 Key (%2)") : tr("Set %1 Key (%2)");
    setWindowTitle(title.arg(providerLabel(provider), environmentLabel(environment)));
    setObjectName(QStringLiteral("keyDialog"));

    auto* intro = new QLabel(
        tr("Paste the %1 API key for <b>%2</b>. It goes to the system keychain; the console shows only its first "
           "three and last four characters.")
            .arg(providerLabel(provider), environmentLabel(environment).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_field->setObjectName(QStringLiteral("keyField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("API key"));
    m_field->setPlaceholderText(provider == ProviderId::OpenAI ? QStringLiteral("sk-…") : tr("the key"));
    // No undo history, no drag out: the field holds a secret.
    m_field->setDragEnabled(false);
    m_field->setContextMenuPolicy(Qt::NoContextMenu);
    m_field->setAttribute(Qt::WA_InputMethodEnabled, false);

    auto* show = new QPushButton(tr("S&how"), this);
    show->setObjectName(QStringLiteral("showKeyButton"));
    show->setToolTip(tr("Shows the key while the button is held down"));
    show->setAutoDefault(false);
    connect(show, &QPushButton::pressed, this, [this] { m_field->setEchoMode(QLineEdit::Normal); });
    connect(show, &QPushButton::released, this, [this] { m_field->setEchoMode(QLineEdit::Password); });

    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(show);
    auto* form = new QFormLayout;
    auto* fieldLabel = new QLabel(tr("&Key:"), this);
    fieldLabel->setBuddy(m_field);
    form->addRow(fieldLabel, fieldRow);

    m_check->setObjectName(QStringLiteral("checkFirst"));
    m_check->setChecked(true);
    m_check->setToolTip(tr("Asks %1 whether it accepts the key (one request that costs nothing). A rejected key is not "
                           "saved.")
                            .arg(providerLabel(provider)));
    m_problem->setObjectName(QStringLiteral("keyProblem"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveKeyButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_check);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_field, &QLineEdit::textChanged, this, &KeyDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

KeyDialog::~KeyDialog() = default;

QString KeyDialog::problemWith(const QString& text)
{
    const QString key = text.trimmed();
    if (key.isEmpty())
        return {};
    for (QChar c : key) {
        if (c.isSpace())
            return tr("A key has no spaces or line breaks inside it. Paste only the key.");
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("A key is plain ASCII. This text has other characters; paste only the key.");
    }
    if (key.size() < 20)
        return tr("This is shorter than any provider key (%n characters). Paste the whole key.", nullptr,
                  static_cast<int>(key.size()));
    if (key.size() > 512)
        return tr("This is longer than any provider key. Paste only the key.");
    return {};
}

void KeyDialog::updateState()
{
    const QString problem = problemWith(m_field->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_field->text().trimmed().isEmpty() && problem.isEmpty());
}

SecretValue KeyDialog::key() const
{
    return m_key;
}

bool KeyDialog::checkFirst() const
{
    return m_check->isChecked();
}

void KeyDialog::done(int result)
{
    if (result == QDialog::Accepted)
        m_key = SecretValue::fromString(m_field->text().trimmed());
    // QLineEdit keeps no copy elsewhere once cleared (undo is off for Password echo mode).
    m_field->clear();
    QDialog::done(result);
}

} // namespace sb::ui
