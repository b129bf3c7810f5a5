#include "secrets/KeyVault.h"

#include "audit/AuditLog.h"
#include "logging/LogCategories.h"
#include "secrets/Redactor.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

namespace sb {

KeyVault::KeyVault(SecretStore& store, QString indexPath, AuditLog* audit, const Clock& clock,
                   std::optional<SecretValue> openaiFromEnvironment, std::optional<SecretValue> mistralFromEnvironment,
                   QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_index(std::move(indexPath))
    , m_audit(audit)
    , m_clock(clock)
    , m_openaiFromEnvironment(std::move(openaiFromEnvironment))
    , m_mistralFromEnvironment(std::move(mistralFromEnvironment))
{
    // Another process (the command line, the console) may change the index: follow it. Settings are replaced by
    // renaming, so the folder is watched, not just the file.
    const QString folder = QFileInfo(m_index.path()).absolutePath();
    if (QDir().mkpath(folder)) {
        m_watcher = new QFileSystemWatcher(this);
        m_watcher->addPath(folder);
        auto* settle = new QTimer(this);
        settle->setSingleShot(true);
        settle->setInterval(100);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, settle, qOverload<>(&QTimer::start));
        connect(settle, &QTimer::timeout, this, &KeyVault::refresh);
    }
}

KeyVault::~KeyVault() = default;

std::optional<SecretValue> KeyVault::key(ProviderId provider, Environment environment) const
{
    if (provider == ProviderId::OpenAI && m_openaiFromEnvironment)
        return m_openaiFromEnvironment;
    if (provider == ProviderId::Mistral && m_mistralFromEnvironment)
        return m_mistralFromEnvironment;
    return storedKey(provider, environment);
}

QString KeyVault::origin(ProviderId provider, Environment environment) const
{
    if (overriddenByEnvironment(provider))
        return QStringLiteral("environment");
    return storedKey(provider, environment) ? QStringLiteral("keychain") : QString();
}

std::optional<SecretValue> KeyVault::storedKey(ProviderId provider, Environment environment) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_inUse.find({provider, environment});
    if (it == m_inUse.end())
        return std::nullopt;
    return it->second;
}

bool KeyVault::overriddenByEnvironment(ProviderId provider) const
{
    return provider == ProviderId::OpenAI ? m_openaiFromEnvironment.has_value()
                                          : provider == ProviderId::Mistral && m_mistralFromEnvironment.has_value();
}

QFuture<QStringList> KeyVault::load()
{
    QList<QFuture<QString>> reads;
    for (const KeyRecord& record : m_index.all()) {
        // A compromised or retired key is never used again; a pending one is not used until it is switched to.
        if (record.slot != KeySlot::Current || record.state == KeyState::Compromised ||
            record.state == KeyState::Retired)
            continue;
        reads.append(m_store.read(record.account()).then(this, [this, record](const SecretReadResult& result) {
            if (const auto* error = std::get_if<SecretStoreError>(&result))
                return QStringLiteral("%1 key for %2: %3")
                    .arg(providerName(record.provider), environmentName(record.environment), error->message);
            const SecretValue& value = std::get<SecretValue>(result);
            if (value.fingerprint() != record.fingerprint) {
                return QStringLiteral("%1 key for %2: the keychain holds a different key (fingerprint %3) than the "
                                      "index records (%4); set it again")
                    .arg(providerName(record.provider), environmentName(record.environment), value.fingerprint(),
                         record.fingerprint);
            }
            logRedactor().registerSecret(value);
            QMutexLocker lock(&m_mutex);
            m_inUse[{record.provider, record.environment}] = value;
            return QString();
        }));
    }
    if (reads.isEmpty())
        return QtFuture::makeReadyFuture(QStringList());
    return QtFuture::whenAll(reads.begin(), reads.end()).then(this, [this](const QList<QFuture<QString>>& done) {
        QStringList problems;
        for (const QFuture<QString>& read : done) {
            if (!read.result().isEmpty())
                problems.append(read.result());
        }
        for (const QString& problem : std::as_const(problems))
            qCWarning(lcRuntime).noquote() << problem;
        emit keysChanged();
        return problems;
    });
}

QFuture<KeyResult> KeyVault::setKey(ProviderId provider, Environment environment, const SecretValue& value,
                                    const QString& actor)
{
    if (!isCloudProvider(provider))
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("the offline provider needs no key")));
    if (value.isEmpty())
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("the key is empty")));
    KeyRecord record;
    record.provider = provider;
    record.environment = environment;
    // The very key already in use: nothing changes, and its age is not reset.
    if (const auto current = m_index.find(provider, environment);
        current && current->state == KeyState::Active && current->fingerprint == value.fingerprint() &&
        storedKey(provider, environment)) {
        return QtFuture::makeReadyFuture(KeyResult());
    }
    return m_store.write(record.account(), value)
        .then(this, [this, record, value, actor](const SecretStoreResult& error) mutable -> KeyResult {
            if (error)
                return error->message;
            const auto previous = m_index.find(record.provider, record.environment);
            const QDateTime now = m_clock.now().toUTC();
            record.fingerprint = value.fingerprint();
            record.masked = value.masked();
            record.created = previous ? previous->created : now;
            record.lastRotated = now;
            record.state = KeyState::Active;
            if (!m_index.put(record))
                return QStringLiteral("the key is in the keychain, but the index %1 could not be written").arg(m_index.path());
            logRedactor().registerSecret(value);
            {
                QMutexLocker lock(&m_mutex);
                m_inUse[{record.provider, record.environment}] = value;
            }
            QJsonObject extra;
            if (previous)
                extra.insert(QStringLiteral("previousFingerprint"), previous->fingerprint);
            audit(actor, previous ? QStringLiteral("key.replaced") : QStringLiteral("key.added"), record, extra);
            emit keysChanged();
            return std::nullopt;
        });
}

QFuture<KeyResult> KeyVault::deleteKey(ProviderId provider, Environment environment, const QString& actor)
{
    const auto record = m_index.find(provider, environment);
    if (!record) {
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("there is no %1 key for %2 in the keychain")
                                                       .arg(providerName(provider), environmentName(environment))));
    }
    return m_store.remove(record->account()).then(this, [this, record = *record, actor](const SecretStoreResult& error)
                                                              -> KeyResult {
        if (error)
            return error->message;
        m_index.remove(record.provider, record.environment);
        {
            QMutexLocker lock(&m_mutex);
            m_inUse.erase({record.provider, record.environment});
        }
        audit(actor, QStringLiteral("key.deleted"), record);
        emit keysChanged();
        return std::nullopt;
    });
}

void KeyVault::recordValidation(ProviderId provider, Environment environment, const QString& result,
                                const QString& actor)
{
    auto record = m_index.find(provider, environment);
    if (!record)
        return;
    record->lastValidated = m_clock.now().toUTC();
    record->lastValidation = result;
    m_index.put(*record);
    audit(actor, QStringLiteral("key.validated"), *record, QJsonObject{{QStringLiteral("result"), result}});
    emit keysChanged();
}

void KeyVault::forget(ProviderId provider, Environment environment)
{
    QMutexLocker lock(&m_mutex);
    m_inUse.erase({provider, environment});
}

void KeyVault::refresh()
{
    bool changed = false;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_inUse.begin(); it != m_inUse.end();) {
            const auto record = m_index.find(it->first.first, it->first.second);
            const bool stillGood = record && record->state == KeyState::Active &&
                                   record->fingerprint == it->second.fingerprint();
            if (stillGood) {
                ++it;
                continue;
            }
            qCInfo(lcRuntime).noquote() << providerName(it->first.first) << "key for"
                                        << environmentName(it->first.second)
                                        << "changed elsewhere; it is no longer used here";
            it = m_inUse.erase(it);
            changed = true;
        }
    }
    bool missing = false;
    for (const KeyRecord& record : m_index.all()) {
        if (record.slot == KeySlot::Current && record.state == KeyState::Active &&
            !storedKey(record.provider, record.environment))
            missing = true;
    }
    if (missing)
        load(); // emits keysChanged when done
    else if (changed)
        emit keysChanged();
}

QFuture<SecretReadResult> KeyVault::read(ProviderId provider, Environment environment, KeySlot slot)
{
    KeyRecord record;
    record.provider = provider;
    record.environment = environment;
    record.slot = slot;
    return m_store.read(record.account());
}

QFuture<KeyResult> KeyVault::storePending(ProviderId provider, Environment environment, const SecretValue& value,
                                          const QString& actor)
{
    KeyRecord record;
    record.provider = provider;
    record.environment = environment;
    record.slot = KeySlot::Pending;
    if (value.isEmpty())
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("the key is empty")));
    return m_store.write(record.account(), value)
        .then(this, [this, record, value, actor](const SecretStoreResult& error) mutable -> KeyResult {
            if (error)
                return error->message;
            const QDateTime now = m_clock.now().toUTC();
            record.fingerprint = value.fingerprint();
            record.masked = value.masked();
            record.created = now;
            record.lastRotated = now;
            record.state = KeyState::PendingRotation;
            if (!m_index.put(record))
                return QStringLiteral("the index %1 could not be written").arg(m_index.path());
            logRedactor().registerSecret(value);
            audit(actor, QStringLiteral("key.pending_added"), record);
            emit keysChanged();
            return std::nullopt;
        });
}

QFuture<KeyResult> KeyVault::promotePending(ProviderId provider, Environment environment, const QString& actor)
{
    const auto pending = m_index.find(provider, environment, KeySlot::Pending);
    if (!pending) {
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("there is no pending %1 key for %2")
                                                       .arg(providerName(provider), environmentName(environment))));
    }
    const auto current = m_index.find(provider, environment);
    return read(provider, environment, KeySlot::Pending)
        .then(this, [this, provider, environment, current, actor](const SecretReadResult& result) -> QFuture<KeyResult> {
            if (const auto* error = std::get_if<SecretStoreError>(&result))
                return QtFuture::makeReadyFuture(KeyResult(error->message));
            const SecretValue next = std::get<SecretValue>(result);
            // Keep the old key (still valid at the provider) until the rotation ends.
            QFuture<SecretStoreResult> keepOld = QtFuture::makeReadyFuture(SecretStoreResult());
            const auto old = storedKey(provider, environment);
            if (current && old) {
                KeyRecord previous = *current;
                previous.slot = KeySlot::Previous;
                keepOld = m_store.write(previous.account(), *old).then(this, [this, previous](const SecretStoreResult& error) {
                    if (!error)
                        m_index.put(previous);
                    return error;
                });
            }
            return keepOld.then(this, [this, provider, environment, next, actor](const SecretStoreResult& error) {
                if (error)
                    return QtFuture::makeReadyFuture(KeyResult(error->message));
                return setKey(provider, environment, next, actor).then(this, [this, provider, environment](const KeyResult& failure) {
                    if (failure)
                        return failure;
                    KeyRecord promoted;
                    promoted.provider = provider;
                    promoted.environment = environment;
                    promoted.slot = KeySlot::Pending;
                    m_store.remove(promoted.account());
                    m_index.remove(provider, environment, KeySlot::Pending);
                    return KeyResult();
                });
            }).unwrap();
        })
        .unwrap();
}

QFuture<KeyResult> KeyVault::discardPending(ProviderId provider, Environment environment, const QString& actor)
{
    const auto pending = m_index.find(provider, environment, KeySlot::Pending);
    if (!pending)
        return QtFuture::makeReadyFuture(KeyResult());
    m_index.remove(provider, environment, KeySlot::Pending);
    audit(actor, QStringLiteral("key.pending_discarded"), *pending);
    emit keysChanged();
    return m_store.remove(pending->account()).then(this, [](const SecretStoreResult& error) -> KeyResult {
        return error ? KeyResult(error->message) : KeyResult();
    });
}

QFuture<KeyResult> KeyVault::retirePrevious(ProviderId provider, Environment environment, const QString& actor)
{
    const auto previous = m_index.find(provider, environment, KeySlot::Previous);
    if (!previous)
        return QtFuture::makeReadyFuture(KeyResult());
    return m_store.remove(previous->account()).then(this, [this, record = *previous, actor](const SecretStoreResult& error) -> KeyResult {
        if (error)
            return error->message;
        m_index.remove(record.provider, record.environment, KeySlot::Previous);
        audit(actor, QStringLiteral("key.retired"), record);
        emit keysChanged();
        return std::nullopt;
    });
}

QFuture<KeyResult> KeyVault::markCompromised(ProviderId provider, Environment environment, const QString& actor)
{
    auto record = m_index.find(provider, environment);
    if (!record) {
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("there is no %1 key for %2 in the keychain")
                                                       .arg(providerName(provider), environmentName(environment))));
    }
    // First, at once and whatever the keychain does next: never use it again.
    forget(provider, environment);
    record->state = KeyState::Compromised;
    if (!m_index.put(*record))
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("the index %1 could not be written").arg(m_index.path())));
    audit(actor, QStringLiteral("key.compromised"), *record);
    emit keysChanged();
    return m_store.remove(record->account()).then(this, [](const SecretStoreResult& error) -> KeyResult {
        if (error)
            return QStringLiteral("the key is no longer used, but deleting it from the keychain failed: %1")
                .arg(error->message);
        return std::nullopt;
    });
}

void KeyVault::audit(const QString& actor, const QString& event, const KeyRecord& record,
                     const QJsonObject& extra) const
{
    if (!m_audit)
        return;
    QJsonObject details{{QStringLiteral("provider"), providerName(record.provider)},
                        {QStringLiteral("environment"), environmentName(record.environment)},
                        {QStringLiteral("fingerprint"), record.fingerprint}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    m_audit->append(actor, event, details);
}

} // namespace sb
