#pragma once

#include <QStringView>

#include <algorithm>
#include <vector>

namespace sb {

// A map from words to values for large word lists, built once and then only read: an open-addressing table whose
// slots hold the key's 64-bit hash and length, where the key lies in one character arena, and the value itself.
// Compared with QHash<QString, Value> it allocates nothing per key, looks keys up from a QStringView (no QString to
// build), and a lookup touches one slot: the value is in the slot, and a lookup takes a key whose hash and length
// match for the key, without reading the stored characters (each a cache miss, about 2% of the offline extractor's
// time). Keys that are inserted are compared in full, so two of them that share a hash are told apart and counted
// (collisions(), which tests expect to be 0 for the lists shipped); a word looked up that is no key matches one by
// chance once in about 2^64 / (probes) lookups. Values should be small and trivially copyable.
template <typename Value>
class WordTable
{
public:
    // Room for about `keys` keys without growing.
    void reserve(qsizetype keys)
    {
        if (keys * 2 > qsizetype(m_slots.size()))
            rehash(capacityFor(keys));
    }

    qsizetype size() const { return m_size; }

    // The value of `key`, or nullptr.
    const Value* find(QStringView key) const { return find(key, hashOf(key)); }

    // Looking many keys up at once: hash each and prefetch its slot first, then find each with its hash. The slots'
    // cache misses then overlap instead of coming one after the other.
    // 64-bit FNV-1a over the UTF-16 code units, then MurmurHash3's 64-bit finalizer, so that the low bits the slot
    // index takes depend on every character. Words are short: this costs a few instructions a character, where
    // qHash()'s general path costs about eighty a word, and every token of every text is hashed.
    static quint64 hashOf(QStringView key)
    {
        quint64 h = 14695981039346656037ull;
        for (const QChar c : key) {
            h ^= c.unicode();
            h *= 1099511628211ull;
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ull;
        h ^= h >> 33;
        return h;
    }
    void prefetch(quint64 hash) const
    {
        if (!m_slots.empty()) {
#if defined(__GNUC__) || defined(__clang__)
            __builtin_prefetch(&m_slots[hash & mask()]);
#endif
        }
    }
    const Value* find(QStringView key, quint64 hash) const
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t i = hash & mask();; i = (i + 1) & mask()) {
            const Slot& slot = m_slots[i];
            if (slot.lengthPlusOne == 0)
                return nullptr;
            if (slot.hash == hash && qsizetype(slot.lengthPlusOne) - 1 == key.size())
                return &slot.value;
        }
    }

    // How many inserted keys share their hash and length with an earlier, different key; find() cannot tell such a
    // key from the earlier one.
    qsizetype collisions() const
    {
        return m_collisions;
    }

    // The value of `key`, inserted value-initialized when missing. The reference lasts until the next insertion.
    Value& operator[](QStringView key)
    {
        if ((m_size + 1) * 2 > qsizetype(m_slots.size()))
            rehash(capacityFor(std::max<qsizetype>(m_size * 2, 64)));
        const quint64 hash = hashOf(key);
        size_t i = hash & mask();
        bool collides = false;
        for (;; i = (i + 1) & mask()) {
            Slot& slot = m_slots[i];
            if (slot.lengthPlusOne == 0)
                break;
            if (slot.hash == hash && qsizetype(slot.lengthPlusOne) - 1 == key.size()) {
                if (sameKey(slot, key))
                    return slot.value;
                collides = true;
            }
        }
        if (collides) // counted once, when the key goes in
            ++m_collisions;
        Slot& slot = m_slots[i];
        slot.hash = hash;
        slot.start = quint32(m_chars.size());
        slot.lengthPlusOne = quint32(key.size()) + 1;
        m_chars.insert(m_chars.end(), key.utf16(), key.utf16() + key.size());
        ++m_size;
        return slot.value;
    }

    // Calls `visit(key, value)` for every entry, in no particular order.
    template <typename Visitor>
    void forEach(Visitor visit) const
    {
        for (const Slot& slot : m_slots) {
            if (slot.lengthPlusOne != 0)
                visit(keyOf(slot), slot.value);
        }
    }

private:
    struct Slot
    {
        quint64 hash = 0;
        quint32 start = 0;         // of the key in m_chars
        quint32 lengthPlusOne = 0; // 0 marks an empty slot
        Value value{};
    };

    static size_t capacityFor(qsizetype keys)
    {
        size_t capacity = 64;
        while (capacity < size_t(keys) * 2)
            capacity *= 2;
        return capacity;
    }
    size_t mask() const
    {
        return m_slots.size() - 1;
    }
    QStringView keyOf(const Slot& slot) const
    {
        return QStringView(m_chars.data() + slot.start, qsizetype(slot.lengthPlusOne) - 1);
    }
    // (The slot's key has the key's length: the caller has compared them.)
    bool sameKey(const Slot& slot, QStringView key) const
    {
        return std::equal(key.utf16(), key.utf16() + key.size(), m_chars.data() + slot.start);
    }
    void rehash(size_t capacity)
    {
        std::vector<Slot> table(capacity);
        for (const Slot& slot : m_slots) {
            if (slot.lengthPlusOne == 0)
                continue;
            size_t i = slot.hash & (capacity - 1);
            while (table[i].lengthPlusOne != 0)
                i = (i + 1) & (capacity - 1);
            table[i] = slot;
        }
        m_slots.swap(table);
    }

    std::vector<Slot> m_slots; // a power of two, at most half full
    std::vector<char16_t> m_chars;
    qsizetype m_size = 0;
    qsizetype m_collisions = 0;
};

} // namespace sb
