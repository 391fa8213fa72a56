/**
 * Where the analysis reads what it compares: a user's profile and vacancies (the user's saved ones and the market
 * store). The interfaces here are what the features use; their production implementations call the profile and
 * vacancy services over gRPC with the service token and a deadline.
 */
package com.qh.analysis.source;
