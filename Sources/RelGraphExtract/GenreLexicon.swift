/// The words of the genre (defence-cooperation news in Vietnamese, English and French) that the
/// finders and the relation rules key on, folded as `NameFolding` folds (no case, no diacritics).
enum GenreLexicon {
    /// Words that start a post: "Deputy Defence Minister", "Thứ trưởng Bộ Quốc phòng", "vice-ministre".
    static let postHeads: Set<String> = [
        "minister", "deputy", "chief", "head", "commander", "commissar", "director", "chairman", "secretary",
        "president", "prime", "vice", "attache", "political",
        "bo", "thu", "tong", "chu", "tu", "chinh", "pho", "giam", "chi", "uy", "truong",
        "ministre", "chef", "commandant", "directeur", "president",
    ]
    /// Words that may open an English or French post before its head ("Defence Minister", "Lao …").
    static let postModifiers: Set<String> = ["defence", "defense", "national", "provincial", "party", "military", "border",
                                             "politburo", "central", "permanent", "senior", "general", "standing"]
    /// The word that puts a post's name among a country's (NameSkeleton's country markers).
    static let countryMarker: [String: String] = ["LA": "Lao", "KH": "Cambodian", "TH": "Thai", "CN": "Chinese"]
    /// A country's word → its code ("his Lao counterpart": Laos's holder of the same post).
    static let countryOfWord: [String: String] = ["lao": "LA", "laos": "LA", "laotian": "LA", "vietnamese": "VN",
                                                  "vietnam": "VN", "cambodian": "KH", "cambodia": "KH", "thai": "TH",
                                                  "chinese": "CN"]
    /// A country's word before a post: whose post it is.
    static let countryWords: Set<String> = ["lao", "laos", "laotian", "vietnamese", "vietnam", "cambodian", "cambodia"]

    /// Two-word Vietnamese post heads (the first syllable alone is too common).
    static let vietnamesePostHeads: Set<String> = [
        "bo truong", "thu truong", "tong tham", "chu nhiem", "tu lenh", "chinh uy", "pho tu", "pho chu",
        "giam doc", "chi huy", "uy vien", "pho giam", "truong ban", "pho truong", "tong bi", "chu tich", "thu tuong",
        "pho thu", "bi thu", "dai su", "tuy vien",
    ]

    /// Nouns that end (en, fr) or start (vi) a round of a mechanism.
    static let roundHeads: Set<String> = [
        "dialogue", "exchange", "meeting", "session", "conference", "talks", "consultation", "forum",
        "echange", "reunion", "conference",
        "doi", "giao", "hoi", "ky", "cuoc",
    ]
    static let vietnameseRoundHeads: Set<String> = ["doi thoai", "giao luu", "hoi nghi", "ky hop", "cuoc hop", "hoi dam", "tham van"]

    static let ordinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                               "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                               "eighteenth", "nineteenth", "twentieth"]
    static let frenchOrdinals = ["premier", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme",
                                 "huitieme", "neuvieme", "dixieme"]
    static let vietnameseOrdinals = ["nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"]

    /// The number of an ordinal token: `5th`, `fifth`, `5e`, `cinquième`, `1er`.
    static func ordinal(_ folded: String) -> Int? {
        if let i = ordinalWords.firstIndex(of: folded) { return i + 1 }
        if let i = frenchOrdinals.firstIndex(of: folded) { return i + 1 }
        let digits = folded.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let n = Int(digits), n > 0, n < 200 else { return nil }
        return ["st", "nd", "rd", "th", "e", "er", "eme", "re"].contains(String(folded.dropFirst(digits.count))) ? n : nil
    }

    /// Words before a place: "in", "at", "tại", "ở", "à", "en".
    static let placeMarkers: Set<String> = ["in", "at", "tai", "o", "a", "en"]

    /// Sentence triggers of the relation rules, each a folded word or phrase.
    static let coChair = ["co chair", "co chaired", "co chairs", "co chairing", "co chairmanship", "under the chair",
                          "under the chairmanship", "dong chu tri", "copresid", "copreside",
                          "co presid"]
    static let participate = ["attended", "attend", "attending", "took part", "take part", "participated", "participate",
                              "tham du", "du hoi", "participe", "participaient", "ont participe", "presence of",
                              "led the delegation", "led a delegation", "dan dau", "join", "joined", "led by", "headed by",
                              "chair of", "chaired by", "chu tri", "dirigee par", "conduite par"]
    static let visit = ["visited", "visit to", "paid a visit", "tham va", "den tham", "toi tham", "chuyen tham", "tham chinh thuc", "visite", "a visite"]
    static let receive = ["received", "receive", "tiep", "da tiep", "recu", "a recu"]
    static let meet = ["held talks with", "had talks with", "talks with", "met with", "met", "meeting with", "hoi dam voi",
                       "hoi dam", "gap go", "s est entretenu avec", "a rencontre", "rencontre"]
    static let sign = ["signed", "ky", "ky ket", "signe", "ont signe", "sign", "signs", "inked", "signent"]
    /// The signing sides as the genre writes them, without naming them.
    static let twoSides = ["two sides", "two parties", "both sides", "both parties", "hai ben", "deux parties", "deux cotes"]
    static let propose = ["proposed", "suggested", "proposal", "de nghi", "de xuat", "propose", "a propose"]

    /// Whether the folded sentence text contains the trigger as whole words.
    static func contains(_ sentence: String, _ triggers: [String]) -> Bool {
        triggers.contains { (" " + sentence + " ").contains(" " + $0 + " ") }
    }
}
