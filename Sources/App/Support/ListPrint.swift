import Domain

/// `format=print` on a list: the whole filtered list on one page (up to ``maxRows``), which
/// the browser prints as it opens. UI.md asks that print, like the exports, take exactly what
/// is filtered, not the page of 25 in view.
enum ListPrint {
    /// The most rows one printout holds (a few hundred A4 pages); a larger selection is cut
    /// there, and the count above the table still says how many were filtered.
    static let maxRows = 2_000

    /// The page to read: everything (up to ``maxRows``) when printing, else the requested one.
    static func pageRequest(format: String?, page: Int?, per: Int? = nil, defaultPer: Int = 50) -> PageRequest {
        format == "print"
            ? PageRequest(page: 1, per: maxRows, maxPer: maxRows)
            : PageRequest(page: page, per: per, defaultPer: defaultPer)
    }

    /// `model`, marked to be printed as it opens when `format` asks for print.
    static func marked(_ model: PageModel, format: String?) -> PageModel {
        guard format == "print" else { return model }
        var printed = model
        printed.content.append(tag("div", ["data-print-now": "", "hidden": ""], []))
        return printed
    }
}
