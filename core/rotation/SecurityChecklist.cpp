#include "rotation/SecurityChecklist.h"

#include "config/EnvironmentProfiles.h"
#include "secrets/KeyVault.h"
#include "rotation/RotationManager.h"

#include "util/PrivateFile.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>

namespace sb {
namespace {

struct Manual
{
    const char* id;
    const char* title;
};

const Manual kManual[] = {
    {"keys-not-in-repository", "Keys are not committed to any repository (.env files are in .gitignore)"},
    {"two-factor", "Two-factor authentication is on for the OpenAI, Mistral and code-hosting accounts"},
    {"branch-protection", "Branch protection and required reviews guard the deployment branches"},
    {"monitoring", "Someone watches rate-limit rejections and authentication failures (the audit log)"},
    {"rotation-planned", "Monthly key rotation is planned: owner and calendar reminder"},
    {"access-minimized", "Only the people who need them can read the keys and the deployment secrets"},
};

} // namespace

SecurityChecklist::SecurityChecklist(QString statePath, const KeyVault& keys, const ProfileStore& profiles,
                                     const RotationManager& rotation, QStringList scannedFolders)
    : m_statePath(std::move(statePath))
    , m_keys(keys)
    , m_profiles(profiles)
    , m_rotation(rotation)
    , m_folders(std::move(scannedFolders))
{}

QList<ChecklistItem> SecurityChecklist::evaluate() const
{
    QList<ChecklistItem> items;

    // Staging and production keys apart.
    {
        ChecklistItem item{QStringLiteral("separate-keys"), QStringLiteral("Staging and production use different keys"),
                           true, true, {}, {}, {}};
        QStringList shared;
        int compared = 0;
        for (ProviderId provider : {ProviderId::OpenAI, ProviderId::Mistral}) {
            const auto staging = m_keys.index().find(provider, Environment::Staging);
            const auto production = m_keys.index().find(provider, Environment::Production);
            if (!staging || !production)
                continue;
            ++compared;
            if (staging->fingerprint == production->fingerprint)
                shared.append(providerName(provider));
        }
        for (ProviderId provider : {ProviderId::OpenAI, ProviderId::Mistral}) {
            if (m_keys.overriddenByEnvironment(provider))
                shared.append(QStringLiteral("%1 (one key from the environment for all)").arg(providerName(provider)));
        }
        item.passed = shared.isEmpty();
        item.detail = !shared.isEmpty() ? QStringLiteral("the same key serves staging and production: %1")
                                              .arg(shared.join(QStringLiteral(", ")))
                      : compared == 0 ? QStringLiteral("no provider has both a staging and a production key yet")
                                      : QStringLiteral("fingerprints differ for every provider with both keys");
        items.append(item);
    }
    // Rate limiting in production.
    {
        const EnvironmentProfile production = m_profiles.profile(Environment::Production);
        items.append(ChecklistItem{QStringLiteral("production-rate-limit"),
                                   QStringLiteral("Rate limiting is on in production"), true,
                                   production.rateLimit.enabled,
                                   production.rateLimit.enabled
                                       ? QStringLiteral("%1 requests per %2 minutes")
                                             .arg(production.rateLimit.general.maxRequests)
                                             .arg(production.rateLimit.general.windowMinutes)
                                       : QStringLiteral("the production profile turns rate limiting off"),
                                   {}, {}});
    }
    // Rotation schedule kept.
    {
        QStringList overdue;
        const QList<KeyDue> schedule = m_rotation.schedule();
        for (const KeyDue& due : schedule) {
            if (due.status == KeyDue::Status::Overdue) {
                overdue.append(QStringLiteral("%1/%2 (%3 days old, rotated every %4)")
                                   .arg(providerName(due.record.provider), environmentName(due.record.environment))
                                   .arg(due.ageDays)
                                   .arg(due.rotationDays));
            }
        }
        items.append(ChecklistItem{QStringLiteral("keys-rotated"),
                                   QStringLiteral("Every key is younger than its rotation period"), true,
                                   overdue.isEmpty(),
                                   overdue.isEmpty() ? QStringLiteral("%1 keys, none overdue").arg(schedule.size())
                                                     : QStringLiteral("overdue: %1").arg(overdue.join(QStringLiteral(", "))),
                                   {}, {}});
    }
    // No key in any settings, data or log file.
    {
        QList<QByteArray> secrets;
        for (Environment environment : {Environment::Development, Environment::Staging, Environment::Production}) {
            for (ProviderId provider : {ProviderId::OpenAI, ProviderId::Mistral}) {
                if (const auto key = m_keys.key(provider, environment); key && key->size() >= 8)
                    secrets.append(key->reveal().toByteArray());
            }
        }
        QStringList leaking;
        int scanned = 0;
        for (const QString& folder : m_folders) {
            for (QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
                QFile file(it.next());
                if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                const QByteArray content = file.readAll();
                for (const QByteArray& secret : std::as_const(secrets)) {
                    if (content.contains(secret)) {
                        leaking.append(file.fileName());
                        break;
                    }
                }
            }
        }
        items.append(ChecklistItem{QStringLiteral("files-free-of-keys"),
                                   QStringLiteral("No log or settings file contains a key"), true, leaking.isEmpty(),
                                   leaking.isEmpty()
                                       ? QStringLiteral("%1 files searched for %2 keys").arg(scanned).arg(secrets.size())
                                       : QStringLiteral("a key is written in: %1").arg(leaking.join(QStringLiteral(", "))),
                                   {}, {}});
    }

    QSettings settings(m_statePath, QSettings::IniFormat);
    for (const Manual& manual : kManual) {
        ChecklistItem item;
        item.id = QString::fromLatin1(manual.id);
        item.title = QString::fromUtf8(manual.title);
        settings.beginGroup(item.id);
        item.tickedAt = QDateTime::fromString(settings.value(QStringLiteral("at")).toString(), Qt::ISODate);
        item.tickedBy = settings.value(QStringLiteral("by")).toString();
        settings.endGroup();
        item.passed = item.tickedAt.isValid();
        item.detail = item.passed ? QStringLiteral("ticked by %1 on %2").arg(item.tickedBy, item.tickedAt.date().toString(Qt::ISODate))
                                  : QStringLiteral("not ticked yet");
        items.append(item);
    }
    return items;
}

bool SecurityChecklist::tick(const QString& id, bool done, const QString& actor, const QDateTime& now)
{
    const bool manual = std::any_of(std::begin(kManual), std::end(kManual),
                                    [&id](const Manual& item) { return id == QLatin1String(item.id); });
    if (!manual)
        return false;
    ensurePrivateFile(m_statePath);
    QSettings settings(m_statePath, QSettings::IniFormat);
    if (done) {
        settings.setValue(id + QStringLiteral("/at"), now.toUTC().toString(Qt::ISODate));
        settings.setValue(id + QStringLiteral("/by"), actor);
    } else {
        settings.remove(id);
    }
    settings.sync();
    return settings.status() == QSettings::NoError;
}

int SecurityChecklist::score(const QList<ChecklistItem>& items)
{
    return int(std::count_if(items.begin(), items.end(), [](const ChecklistItem& item) { return item.passed; }));
}

} // namespace sb
