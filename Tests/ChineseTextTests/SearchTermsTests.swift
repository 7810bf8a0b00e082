import ChineseText
import Testing

@Suite struct SearchTermsTests {
    let terms = SearchTerms()

    @Test func chineseIsCutIntoOverlappingPairsAndOtherWordsKeptWhole() {
        #expect(terms.terms(of: "老旧小区") == ["老旧", "旧小", "小区"])
        // Punctuation and spaces end a run; a lone character stays a term; Latin words are lower-cased, numbers kept.
        #expect(terms.terms(of: "加装电梯，5G 基站；WiFi 覆盖、水") == ["加装", "装电", "电梯", "5g", "基站", "wifi", "覆盖", "水"])
        // A run too long for a word (pasted data, a long code) is left out.
        #expect(terms.terms(of: "附件 " + String(repeating: "QUJD", count: 1_000) + " 电梯") == ["附件", "电梯"])
        // Each term once, in the order first seen.
        #expect(terms.terms(of: "小区小区") == ["小区", "区小"])
    }

    @Test func traditionalIsFoldedToSimplified() {
        #expect(terms.terms(of: "老舊小區加裝電梯") == terms.terms(of: "老旧小区加装电梯"))
    }

    @Test func theLimitCapsTheTerms() {
        let text = String(repeating: "一二三四五六七八九十", count: 3) + "甲乙丙丁戊己庚辛壬癸"
        #expect(terms.terms(of: text, limit: 5).count == 5)
        #expect(terms.terms(of: text).count == 9 + 1 + 1 + 9)  // 一二…九十, 十一, 十甲, 甲乙…壬癸
    }
}
