#include "secrets/KeyIndex.h"

#include "util/PrivateFile.h"

#include <QScopeGuard>
#include <QSettings>

namespace sb {
namespace {

QString group(ProviderId provider, Environment environment, KeySlot slot)
{
    QString name = providerName(provider) + QLatin1Char('.') + environmentName(environment);
    if (slot == KeySlot::Pending)
        name += QStringLiteral(".pending");
    else if (slot == KeySlot::Previous)
        name += QStringLiteral(".previous");
    return name;
}

} // namespace

QString keyStateName(KeyState state)
{
    switch (state) {
    case KeyState::Active:
        return QStringLiteral("active");
    case KeyState::PendingRotation:
        return QStringLiteral("pending");
    case KeyState::Retired:
        return QStringLiteral("retired");
    case KeyState::Compromised:
        return QStringLiteral("compromised");
    }
    return {};
}

std::optional<KeyState> parseKeyState(const QString& name)
{
    for (KeyState state : {KeyState::Active, KeyState::PendingRotation, KeyState::Retired, KeyState::Compromised}) {
        if (name == keyStateName(state))
            return state;
    }
    return std::nullopt;
}

QString KeyRecord::account() const
{
    return group(provider, environment, slot);
}

KeyIndex::KeyIndex(QString path)
    : m_path(std::move(path))
{}

QList<KeyRecord> KeyIndex::all() const
{
    QSettings settings(m_path, QSettings::IniFormat); // read once for every slot
    QList<KeyRecord> records;
    for (ProviderId provider : {ProviderId::OpenAI, ProviderId::Mistral}) {
        for (Environment environment : {Environment::Development, Environment::Staging, Environment::Production}) {
            for (KeySlot slot : {KeySlot::Current, KeySlot::Pending, KeySlot::Previous}) {
                if (auto record = read(settings, provider, environment, slot))
                    records.append(*record);
            }
        }
    }
    return records;
}

std::optional<KeyRecord> KeyIndex::find(ProviderId provider, Environment environment, KeySlot slot) const
{
    QSettings settings(m_path, QSettings::IniFormat);
    return read(settings, provider, environment, slot);
}

std::optional<KeyRecord> KeyIndex::read(QSettings& settings, ProviderId provider, Environment environment,
                                        KeySlot slot)
{
    settings.beginGroup(group(provider, environment, slot));
    const auto done = qScopeGuard([&settings] { settings.endGroup(); });
    if (!settings.contains(QStringLiteral("fingerprint")))
        return std::nullopt;
    KeyRecord record;
    record.provider = provider;
    record.environment = environment;
    record.slot = slot;
    record.fingerprint = settings.value(QStringLiteral("fingerprint")).toString();
    record.masked = settings.value(QStringLiteral("masked")).toString();
    const auto time = [&settings](const char* name) {
        return QDateTime::fromString(settings.value(QLatin1String(name)).toString(), Qt::ISODate);
    };
    record.created = time("created");
    record.lastRotated = time("lastRotated");
    record.lastValidated = time("lastValidated");
    record.lastValidation = settings.value(QStringLiteral("lastValidation")).toString();
    record.state = parseKeyState(settings.value(QStringLiteral("state")).toString()).value_or(KeyState::Active);
    return record;
}

bool KeyIndex::put(const KeyRecord& record)
{
    ensurePrivateFile(m_path); // what keys exist is nobody else's business
    QSettings settings(m_path, QSettings::IniFormat);
    settings.beginGroup(record.account());
    settings.setValue(QStringLiteral("fingerprint"), record.fingerprint);
    settings.setValue(QStringLiteral("masked"), record.masked);
    const auto time = [](const QDateTime& when) { return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString(); };
    settings.setValue(QStringLiteral("created"), time(record.created));
    settings.setValue(QStringLiteral("lastRotated"), time(record.lastRotated));
    settings.setValue(QStringLiteral("lastValidated"), time(record.lastValidated));
    settings.setValue(QStringLiteral("lastValidation"), record.lastValidation);
    settings.setValue(QStringLiteral("state"), keyStateName(record.state));
    settings.endGroup();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

bool KeyIndex::remove(ProviderId provider, Environment environment, KeySlot slot)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(group(provider, environment, slot));
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace sb
