import RelGraphCore

/// The spelling-insensitive form of a name that duplicate detection compares.
///
/// Real sources write one name many ways: Luang Prabang, Luangprabang, Louangphabang, Luông Phra Băng;
/// Chansamone Chanyalath and the Vietnamese syllable-by-syllable "Chăn-sạ-mỏn Chăn-nha-lạt". After
/// `NameFolding` (case, diacritics, punctuation), each word is reduced to a skeleton that merges the
/// letters transliterations disagree on (phr/pr/ph/p/f, th/t, kh/k, ch/c/k, nh/ny/ng/n, x/z/s, y/i,
/// w/u, ou/oo/uo/u, ie/ia/i, a consonant's h, doubled letters, a final silent e), so that the
/// renderings' skeletons, joined, are equal or close.
public struct NameSkeleton: Hashable, Sendable {
    /// Skeletons of the words, titles and ranks in front of a person's name left out.
    public let words: [String]
    /// Skeleton of all the words written together (the joined and hyphenated renderings meet here).
    public let joined: String
    /// The words' and the joined skeleton's bytes, and the runs of two and three neighbouring words
    /// written together, as the comparisons read them.
    let wordBytes: [[UInt8]]
    let joinedBytes: [UInt8]
    /// Each word alone and each run of two or three words written together, with the words it covers.
    let pool: [(bytes: [UInt8], words: Range<Int>)]
    /// The numbers the name holds (digits, and ordinal words as digits): names with different
    /// numbers name different things (the 5th and the 8th dialogue, the 2023 and the 2025 plan).
    let numbers: [String]

    public init(_ text: String, isPerson: Bool) {
        var folded = NameFolding.tokens(text)
        if isPerson { folded = Self.droppingTitles(folded) }
        // A number is its digits however written (5th, fifth, "lần thứ năm"), so that renderings meet
        // on it; a two-digit year after a four-digit one is in its century (2020-24 → 2020, 2024).
        var numbered = folded.map { Self.number($0) ?? $0 }
        for i in numbered.indices.dropFirst() where numbered[i].count == 2 && numbered[i].allSatisfy(\.isNumber) {
            let previous = numbered[i - 1]
            if previous.count == 4, previous.allSatisfy(\.isNumber) { numbered[i] = previous.prefix(2) + numbered[i] }
        }
        for i in numbered.indices.dropLast() where numbered[i] == "thu" {
            if let index = Self.vietnameseOrdinals.firstIndex(of: numbered[i + 1]) { numbered[i + 1] = String(index + 1) }
        }
        folded = numbered
        words = folded.map(Self.skeleton)
        joined = Self.skeleton(folded.joined())
        wordBytes = words.map { Array($0.utf8) }
        joinedBytes = Array(joined.utf8)
        var pool = wordBytes.enumerated().map { ($1, $0..<($0 + 1)) }
        for length in 2...3 where words.count >= length {
            for start in 0...(words.count - length) {
                pool.append((Array(words[start..<(start + length)].joined().utf8), start..<(start + length)))
            }
        }
        self.pool = pool
        numbers = Set(folded.filter { $0.allSatisfy(\.isNumber) }).sorted()
        markers = Set(folded.compactMap { Self.markerWords[$0] }).sorted()
    }

    /// The countries and the ranks of office the name names: the Vietnam–Laos and the Vietnam–Cambodia
    /// dialogue, the minister and the deputy minister are different things however alike their names.
    let markers: [String]

    static let markerWords: [String: String] = [
        "lao": "LA", "laos": "LA", "laotian": "LA", "campuchia": "KH", "cambodia": "KH", "cambodian": "KH",
        "kampuchea": "KH", "thailand": "TH", "china": "CN", "chinese": "CN",
        "deputy": "deputy", "vice": "deputy", "permanent": "permanent", "senior": "senior",
        "acting": "acting", "former": "former",
    ]

    public static func == (a: NameSkeleton, b: NameSkeleton) -> Bool { a.words == b.words && a.joined == b.joined }
    public func hash(into hasher: inout Hasher) { hasher.combine(words) }

    /// A word's number: its digits without leading zeros and an ordinal suffix (5th → 5), or the
    /// number an ordinal word names (third → 3).
    static func number(_ word: String) -> String? {
        if let index = ordinals.firstIndex(of: word) { return String(index + 1) }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(word.dropFirst(digits.count)) else { return nil }
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// "lần thứ nhất", "lần thứ hai" …: the word after "thứ".
    static let vietnameseOrdinals = ["nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"]

    static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                           "tenth", "eleventh", "twelfth"]

    /// Rank words and honorifics that sources put before a person's name (Đại tướng, Sen. Lt. Gen., Ông).
    static let titles: Set<String> = [
        "dai", "thuong", "trung", "thieu", "tuong", "ta", "uy", "dong", "chi", "ong", "ba", "ngai",
        "general", "gen", "lieutenant", "lieut", "lt", "senior", "sen", "major", "maj", "colonel", "col",
        "captain", "capt", "brigadier", "brig", "admiral", "adm", "mr", "mrs", "ms", "dr", "madam", "madame",
        "comrade", "h", "e", "excellency", "his", "her", "general", "deputy", "minister",
    ]

    /// The words after the leading run of titles; the name itself when it is all titles.
    static func droppingTitles(_ words: [String]) -> [String] {
        let rest = words.drop { titles.contains($0) }
        return rest.isEmpty ? words : Array(rest)
    }

    /// One word's skeleton (see the type's comment). Digits are kept as they are.
    /// - Complexity: O(n) in the length of the word.
    public static func skeleton(_ word: String) -> String {
        var letters = Array(word.utf8)
        func replace(_ pattern: String, _ replacement: String) {
            let p = Array(pattern.utf8), r = Array(replacement.utf8)
            guard letters.count >= p.count else { return }
            var out: [UInt8] = []
            out.reserveCapacity(letters.count)
            var i = 0
            while i < letters.count {
                if i + p.count <= letters.count && letters[i..<(i + p.count)].elementsEqual(p) {
                    out += r
                    i += p.count
                } else {
                    out.append(letters[i])
                    i += 1
                }
            }
            letters = out
        }
        for (pattern, replacement) in rules { replace(pattern, replacement) }
        // A consonant's h (Chanyalath → Chanyalat) and doubled letters.
        var out: [UInt8] = []
        out.reserveCapacity(letters.count)
        for letter in letters {
            if let last = out.last {
                if letter == last { continue }
                if letter == UInt8(ascii: "h") && isConsonant(last) { continue }
            }
            out.append(letter)
        }
        if out.count > 3, out.last == UInt8(ascii: "e") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static let rules: [(String, String)] = [
        ("phr", "p"), ("pr", "p"), ("ph", "p"), ("f", "p"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ch", "c"), ("c", "k"), ("q", "k"),
        ("nh", "n"), ("ny", "n"), ("ng", "n"), ("x", "s"), ("z", "s"), ("w", "u"), ("y", "i"),
        ("ou", "u"), ("oo", "u"), ("uo", "u"), ("ua", "u"), ("ie", "i"), ("ia", "i"), ("ee", "i"),
    ]

    static func isConsonant(_ letter: UInt8) -> Bool {
        letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") && !isVowel(letter)
    }

    static func isVowel(_ letter: UInt8) -> Bool {
        letter == UInt8(ascii: "a") || letter == UInt8(ascii: "e") || letter == UInt8(ascii: "i")
            || letter == UInt8(ascii: "o") || letter == UInt8(ascii: "u")
    }

    /// The skeleton without its vowels after the first letter: Luang Prabang, Louangphabang and
    /// Luông Phra Băng all give `lnpbn` (a letter doubled where words meet counts once). Blocking
    /// compares these.
    public static func consonants(_ skeleton: String) -> String {
        var out: [UInt8] = []
        for (i, letter) in skeleton.utf8.enumerated() where (i == 0 || !isVowel(letter)) && out.last != letter {
            out.append(letter)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
