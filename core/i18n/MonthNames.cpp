#include "core/i18n/MonthNames.hpp"
#include "core/i18n/Translate.hpp"

namespace aifp {

std::string monthAbbreviation(int month) {
    static const char* const kMonths[12] = {
        AIFP_TRANSLATE_NOOP("Month", "Jan"), AIFP_TRANSLATE_NOOP("Month", "Feb"),
        AIFP_TRANSLATE_NOOP("Month", "Mar"), AIFP_TRANSLATE_NOOP("Month", "Apr"),
        AIFP_TRANSLATE_NOOP("Month", "May"), AIFP_TRANSLATE_NOOP("Month", "Jun"),
        AIFP_TRANSLATE_NOOP("Month", "Jul"), AIFP_TRANSLATE_NOOP("Month", "Aug"),
        AIFP_TRANSLATE_NOOP("Month", "Sep"), AIFP_TRANSLATE_NOOP("Month", "Oct"),
        AIFP_TRANSLATE_NOOP("Month", "Nov"), AIFP_TRANSLATE_NOOP("Month", "Dec")};
    if (month < 1 || month > 12)
        return std::to_string(month);
    return tr("Month", kMonths[month - 1]);
}

std::string monthName(int month) {
    static const char* const kMonths[12] = {AIFP_TRANSLATE_NOOP("MonthName", "January"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "February"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "March"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "April"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "May"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "June"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "July"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "August"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "September"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "October"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "November"),
                                            AIFP_TRANSLATE_NOOP("MonthName", "December")};
    if (month < 1 || month > 12)
        return std::to_string(month);
    return tr("MonthName", kMonths[month - 1]);
}

} // namespace aifp
