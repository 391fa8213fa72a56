package com.qh.web.api;

/**
 * The API refused a request with a problem document. Controllers catch it to show the problem on the form; left
 * uncaught, the error page shows its message.
 */
public class ApiProblemException extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.status() + " " + problem.slug() + ": " + problem.detail());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
