/*
 * Every <consent-banner> and <consent-gate> test, in one file on purpose: the choice lives in cookies and
 * localStorage, which all pages of the test origin share, and the banner follows choices made in other tabs.
 * Separate test files run in parallel pages and would answer each other's questions.
 */
import './config.cases.js';
import './banner.cases.js';
import './gate.cases.js';
