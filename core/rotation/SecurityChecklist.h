#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

class KeyVault;
class ProfileStore;
class RotationManager;

// One item of the old security guide's checklist.
struct ChecklistItem
{
    QString id;          // "separate-keys"
    QString title;       // for people
    bool automatic = false; // checked by the program, not ticked by a person
    bool passed = false;
    QString detail;      // why it passed or failed; for manual items, who ticked it and when
    QDateTime tickedAt;  // manual items
    QString tickedBy;
};

// The checklist as state. The items the program can check itself are checked each time, not ticked: staging and
// production keys differ, rate limiting is on in production, every key is younger than its rotation period, and no
// file in the settings and data folders contains a key. The others (2FA, branch protection, monitoring, ...) are
// ticked by an admin, with name and date, in checklist.ini.
class SecurityChecklist final
{
public:
    SecurityChecklist(QString statePath, const KeyVault& keys, const ProfileStore& profiles,
                      const RotationManager& rotation, QStringList scannedFolders);

    // Every item, evaluated now. The file scan looks for the keys the vault has loaded (and those from environment
    // variables): load keys first for a complete answer.
    QList<ChecklistItem> evaluate() const;
    // Ticks or unticks a manual item; false when `id` is not a manual item.
    bool tick(const QString& id, bool done, const QString& actor, const QDateTime& now);

    static int score(const QList<ChecklistItem>& items); // passed items

private:
    QString m_statePath;
    const KeyVault& m_keys;
    const ProfileStore& m_profiles;
    const RotationManager& m_rotation;
    QStringList m_folders;
};

} // namespace sb
