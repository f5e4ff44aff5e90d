import Foundation
import RelGraphCore

/// Dates the genre writes: "ngày 28/3", "Sáng 20-3", "28/3/2025", "March 28", "28 March", "le 23 mars",
/// and weekdays ("on Tuesday", "thứ Ba", "mardi"), which count back from the article's date to the
/// latest such day on or before it. A date without its year takes the article's.
enum DateFinder {
    static let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                "october", "november", "december"]
    static let frenchMonths = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                               "octobre", "novembre", "decembre"]
    static let englishDays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    static let frenchDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
    /// "chủ nhật", "thứ hai" … "thứ bảy", Sunday first as above.
    static let vietnameseDays = ["chu nhat", "thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay"]

    /// The first date the sentence states, with its scalar range.
    static func first(in sentence: Sentence, article: Article, articleDate: PartialDate?) -> (date: PartialDate, range: Range<Int>)? {
        let t = sentence.tokens, s = article.scalars
        let year = articleDate?.year
        func make(_ y: Int?, _ m: Int, _ d: Int?) -> PartialDate? {
            guard let y, (1...12).contains(m), d.map({ (1...31).contains($0) }) ?? true else { return nil }
            return PartialDate(year: y, month: m, day: d)
        }
        for i in t.indices {
            let word = t[i].folded
            // 28/3, 20-3, 28/3/2025: digits with / or - between them and no space.
            if let d = Int(word), i + 1 < t.count, let m = Int(t[i + 1].folded), d <= 31, m <= 12,
               t[i].range.upperBound + 1 == t[i + 1].range.lowerBound,
               ["/", "-", "."].contains(s[t[i].range.upperBound]) {
                var y = year, end = t[i + 1].range.upperBound
                if i + 2 < t.count, t[i + 1].range.upperBound + 1 == t[i + 2].range.lowerBound, let full = Int(t[i + 2].folded),
                   full > 1900 { y = full; end = t[i + 2].range.upperBound }
                if let date = make(y, m, d) { return (date, t[i].range.lowerBound..<end) }
            }
            if let m = englishMonths.firstIndex(of: word) ?? frenchMonths.firstIndex(of: word) {
                // "March 28" or "28 March" / "23 mars".
                if i + 1 < t.count, let d = Int(t[i + 1].folded), d <= 31, let date = make(year, m + 1, d) {
                    return (date, t[i].range.lowerBound..<t[i + 1].range.upperBound)
                }
                if i > 0, let d = Int(t[i - 1].folded), d <= 31, let date = make(year, m + 1, d) {
                    return (date, t[i - 1].range.lowerBound..<t[i].range.upperBound)
                }
            }
            let pair = i + 1 < t.count ? word + " " + t[i + 1].folded : ""
            if let weekday = englishDays.firstIndex(of: word) ?? frenchDays.firstIndex(of: word), t[i].capitalized || frenchDays.contains(word) {
                if let date = counting(back: weekday, from: articleDate) { return (date, t[i].range) }
            } else if let weekday = vietnameseDays.firstIndex(of: pair), t[i + 1].capitalized || pair == "chu nhat" {
                if let date = counting(back: weekday, from: articleDate) {
                    return (date, t[i].range.lowerBound..<t[i + 1].range.upperBound)
                }
            }
        }
        return nil
    }

    /// The latest day with `weekday` (0 = Sunday) on or before the article's day.
    static func counting(back weekday: Int, from date: PartialDate?) -> PartialDate? {
        guard let date, let month = date.month, let day = date.day else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: date.year, month: month, day: day)) else { return nil }
        let current = calendar.component(.weekday, from: start) - 1
        let back = (current - weekday + 7) % 7
        guard let then = calendar.date(byAdding: .day, value: -back, to: start) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: then)
        return PartialDate(year: c.year!, month: c.month, day: c.day)
    }
}
