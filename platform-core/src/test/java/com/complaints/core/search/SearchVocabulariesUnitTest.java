package com.complaints.core.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.text.SearchVocabulary;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchVocabulariesUnitTest {

    @Test
    void theDefaultVocabularyPassesItsOwnValidation() {
        SearchVocabularies.validate(SearchVocabulary.defaults());
    }

    @Test
    void wordsAreChineseAndAWordOrPhraseBelongsToOneGroupOnly() {
        assertThatThrownBy(() -> SearchVocabularies.validate(new SearchVocabulary(0, List.of("iPhone"), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("words[0]");
        var twice = new SearchVocabulary(0, List.of(), List.of(new SearchVocabulary.SynonymGroup("en", List.of("refund", "money back")),
                new SearchVocabulary.SynonymGroup("en", List.of("refunds", "repay"))));
        assertThatThrownBy(() -> SearchVocabularies.validate(twice)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("synonyms[1].terms[0]");
        var lonely = new SearchVocabulary(0, List.of(), List.of(new SearchVocabulary.SynonymGroup("fr", List.of("remboursement"))));
        assertThatThrownBy(() -> SearchVocabularies.validate(lonely)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("synonyms[0].language").hasMessageContaining("synonyms[0].terms");
    }
}
